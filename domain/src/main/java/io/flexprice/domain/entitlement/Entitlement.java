package io.flexprice.domain.entitlement;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.tenancy.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * What one plan, addon or subscription grants of one feature (FlexPrice's entitlement).
 *
 * <ul>
 *   <li>{@code enabled}: whether it grants the feature at all. A disabled entitlement grants nothing and is
 *       left out of every aggregation (as FlexPrice does).</li>
 *   <li>Metered features: {@code usageLimit} is how much usage one reset period allows, null for unlimited;
 *       {@code usageResetPeriod} when the count starts again (null: with the subscription's billing period);
 *       {@code softLimit} true lets usage go past the limit (it is reported, not refused).</li>
 *   <li>Static features: {@code staticValue}, the value granted (e.g. "premium").</li>
 *   <li>{@code entityType} SUBSCRIPTION with a {@code parentEntitlementId}: an override of the plan's or
 *       addon's entitlement for that one subscription, which replaces its parent there; without a parent, a
 *       grant of the subscription's own that adds to the others.</li>
 *   <li>{@code [startDate, endDate)}: when it applies; either end may be open.</li>
 * </ul>
 * At most one live entitlement exists per entity and feature.
 */
public record Entitlement(EntitlementId id, Scope scope, EntitlementEntityType entityType, String entityId,
                          FeatureId featureId, FeatureType featureType, boolean enabled, BigDecimal usageLimit,
                          UsageResetPeriod usageResetPeriod, boolean softLimit, String staticValue,
                          EntitlementId parentEntitlementId, Instant startDate, Instant endDate, Status status,
                          Audit audit) {

    public Entitlement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        staticValue = staticValue == null || staticValue.isEmpty() ? null : staticValue;
        usageLimit = usageLimit == null ? null : usageLimit.stripTrailingZeros();
        validate(entityType, entityId, featureId, featureType, usageLimit, usageResetPeriod, staticValue,
                parentEntitlementId, startDate, endDate);
    }

    /** Every rule of the fields, reported at once. */
    public static void validate(EntitlementEntityType entityType, String entityId, FeatureId featureId,
                                FeatureType featureType, BigDecimal usageLimit, UsageResetPeriod usageResetPeriod,
                                String staticValue, EntitlementId parentEntitlementId, Instant startDate,
                                Instant endDate) {
        boolean metered = featureType == FeatureType.METERED;
        new Violations()
                .require(entityType != null, "entity_type", "is required")
                .requireText(entityId, "entity_id")
                .require(featureId != null, "feature_id", "is required")
                .require(featureType != null, "feature_type", "is required")
                .require(usageLimit == null || usageLimit.signum() >= 0, "usage_limit", "must not be negative")
                .require(usageLimit == null || featureType == null || metered, "usage_limit",
                        "is only for metered features")
                .require(usageResetPeriod == null || featureType == null || metered, "usage_reset_period",
                        "is only for metered features")
                .require(featureType != FeatureType.STATIC || staticValue != null, "static_value",
                        "is required for static features")
                .require(staticValue == null || featureType == null || featureType == FeatureType.STATIC,
                        "static_value", "is only for static features")
                .maxLength(staticValue, 4000, "static_value")
                .require(parentEntitlementId == null || entityType == EntitlementEntityType.SUBSCRIPTION,
                        "parent_entitlement_id", "is only for entitlements of a subscription")
                .require(startDate == null || endDate == null || endDate.isAfter(startDate), "end_date",
                        "must be after start_date")
                .throwIfAny();
    }

    public boolean isLive() {
        return status != Status.DELETED;
    }

    /** Whether it applies at {@code at}: published and {@code at} in {@code [startDate, endDate)}. */
    public boolean isInForceAt(Instant at) {
        return status == Status.PUBLISHED && (startDate == null || !at.isBefore(startDate))
                && (endDate == null || at.isBefore(endDate));
    }

    /** Whether the usage against it is unlimited: metered without a limit. */
    public boolean isUnlimited() {
        return usageLimit == null;
    }

    /**
     * FlexPrice's update: the given fields change, a null keeps the current value (so a limit cannot be
     * removed by an update; delete and create instead).
     */
    public Entitlement withChanges(Boolean newEnabled, BigDecimal newUsageLimit, UsageResetPeriod newResetPeriod,
                                   Boolean newSoftLimit, String newStaticValue, Audit changed) {
        return new Entitlement(id, scope, entityType, entityId, featureId, featureType,
                newEnabled == null ? enabled : newEnabled, newUsageLimit == null ? usageLimit : newUsageLimit,
                newResetPeriod == null ? usageResetPeriod : newResetPeriod,
                newSoftLimit == null ? softLimit : newSoftLimit,
                newStaticValue == null ? staticValue : newStaticValue, parentEntitlementId, startDate, endDate,
                status, changed);
    }

    /**
     * An override of this (plan's or addon's) entitlement for one subscription: a copy owned by the
     * subscription, naming this one as its parent, with the given fields changed (null keeps this one's).
     */
    public Entitlement overriddenFor(EntitlementId newId, String subscriptionId, Boolean newEnabled,
                                     BigDecimal newUsageLimit, String newStaticValue, Audit created) {
        return new Entitlement(newId, scope, EntitlementEntityType.SUBSCRIPTION, subscriptionId, featureId,
                featureType, newEnabled == null ? enabled : newEnabled,
                newUsageLimit == null ? usageLimit : newUsageLimit, usageResetPeriod, softLimit,
                newStaticValue == null ? staticValue : newStaticValue, id, startDate, endDate, Status.PUBLISHED,
                created);
    }

    public Entitlement deleted(Audit changed) {
        return new Entitlement(id, scope, entityType, entityId, featureId, featureType, enabled, usageLimit,
                usageResetPeriod, softLimit, staticValue, parentEntitlementId, startDate, endDate, Status.DELETED,
                changed);
    }
}
