package io.flexprice.ports.out.entitlement;

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
                                List<String> featureIds, FeatureType featureType, Boolean enabled, Status status) {

    public static final EntitlementFilter ALL_LIVE = new EntitlementFilter(null, null, null, null, null, null, null);

    public EntitlementFilter {
        entitlementIds = entitlementIds == null ? List.of() : List.copyOf(entitlementIds);
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
        featureIds = featureIds == null ? List.of() : List.copyOf(featureIds);
    }

    /** The live entitlements of one plan, addon or subscription. */
    public static EntitlementFilter ofEntity(EntitlementEntityType entityType, String entityId) {
        return new EntitlementFilter(null, entityType, List.of(entityId), null, null, null, null);
    }
}
