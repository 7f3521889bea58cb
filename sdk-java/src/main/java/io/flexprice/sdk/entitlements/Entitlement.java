package io.flexprice.sdk.entitlements;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * FlexPrice's {@code dto.EntitlementResponse}: what a plan, addon or subscription grants of a feature.
 * {@code usageLimit} is a number, null for unlimited.
 *
 * @param id the entitlement's id
 * @param entityType PLAN, ADDON or SUBSCRIPTION
 * @param entityId the plan, addon or subscription
 * @param planId the plan, for a plan's entitlement
 * @param featureId the feature
 * @param featureType metered, boolean or static
 * @param isEnabled whether it grants the feature
 * @param usageLimit a metered feature's limit; null: unlimited
 * @param usageResetPeriod when usage counts again from zero (MONTHLY, ...)
 * @param isSoftLimit whether usage beyond the limit is allowed
 * @param staticValue a static feature's value
 * @param parentEntitlementId the plan's entitlement a subscription's overrides
 * @param startDate from when
 * @param endDate until when
 * @param status published
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Entitlement(String id, String entityType, String entityId, String planId, String featureId,
                          String featureType, boolean isEnabled, BigDecimal usageLimit, String usageResetPeriod,
                          boolean isSoftLimit, String staticValue, String parentEntitlementId, Instant startDate,
                          Instant endDate, String status, Instant createdAt, Instant updatedAt) {
}
