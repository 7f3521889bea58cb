package io.flexprice.sdk.entitlements;

import java.math.BigDecimal;

/**
 * FlexPrice's {@code dto.EntitlementSource}: one entitlement that grants a customer a feature.
 *
 * @param subscriptionId the subscription it comes through
 * @param entityId the plan, addon or subscription that holds it
 * @param entityType {@code plan}, {@code addon} or {@code subscription}
 * @param entityName its name
 * @param quantity how many times it counts
 * @param entitlementId the entitlement
 * @param isEnabled whether it grants the feature
 * @param usageLimit its limit; null: unlimited
 * @param usageResetPeriod when usage counts again from zero
 * @param staticValue a static feature's value
 */
public record EntitlementSource(String subscriptionId, String entityId, String entityType, String entityName,
                                int quantity, String entitlementId, boolean isEnabled, BigDecimal usageLimit,
                                String usageResetPeriod, String staticValue) {
}
