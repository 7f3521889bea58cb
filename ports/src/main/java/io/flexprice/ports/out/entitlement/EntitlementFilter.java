package io.flexprice.ports.out.entitlement;

import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.SearchFields;
import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.feature.FeatureType;
import java.util.List;

/**
 * Narrows an entitlement search; empty lists and nulls do not narrow. {@code entityIds} are the ids of the
 * plans, addons or subscriptions that grant them, {@code entityType} their kind; {@code status} null means
 * every status but deleted.
 */
public record EntitlementFilter(List<String> entitlementIds, EntitlementEntityType entityType, List<String> entityIds,
                                List<String> featureIds, FeatureType featureType, Boolean enabled, Status status,
                                SearchConditions conditions) {

    /** The fields {@code filters} and {@code sort} may name, with their wire types. */
    public static final SearchFields<Entitlement> FIELDS = SearchFields.<Entitlement>builder()
            .string("id", e -> e.id().value())
            .string("entity_type", e -> e.entityType().name())
            .string("entity_id", Entitlement::entityId)
            .string("feature_id", e -> e.featureId().value())
            .string("feature_type", e -> e.featureType().wireValue())
            .number("usage_limit", Entitlement::usageLimit)
            .string("usage_reset_period", e -> e.usageResetPeriod() == null ? null : e.usageResetPeriod().name())
            .string("status", e -> e.status().wireValue())
            .date("created_at", e -> e.audit().createdAt())
            .date("updated_at", e -> e.audit().updatedAt())
            .build();

    public static final EntitlementFilter ALL_LIVE = new EntitlementFilter(null, null, null, null, null, null, null);


    /** A filter without {@code filters} or {@code sort}. */
    public EntitlementFilter(List<String> entitlementIds, EntitlementEntityType entityType, List<String> entityIds,
                             List<String> featureIds, FeatureType featureType, Boolean enabled, Status status) {
        this(entitlementIds, entityType, entityIds, featureIds, featureType, enabled, status, SearchConditions.NONE);
    }

    public EntitlementFilter {
        conditions = FIELDS.admit(conditions);
        entitlementIds = entitlementIds == null ? List.of() : List.copyOf(entitlementIds);
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
        featureIds = featureIds == null ? List.of() : List.copyOf(featureIds);
    }

    /** The live entitlements of one plan, addon or subscription. */
    public static EntitlementFilter ofEntity(EntitlementEntityType entityType, String entityId) {
        return new EntitlementFilter(null, entityType, List.of(entityId), null, null, null, null);
    }
}
