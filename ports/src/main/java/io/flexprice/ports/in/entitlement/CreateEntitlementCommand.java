package io.flexprice.ports.in.entitlement;

import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.entitlement.UsageResetPeriod;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A new entitlement of a plan, an addon or a subscription. {@code enabled} null means true (FlexPrice enables
 * metered and static entitlements whatever is sent; a boolean one is enabled unless {@code is_enabled} is false).
 * {@code featureType} must be the feature's type.
 */
public record CreateEntitlementCommand(EntitlementEntityType entityType, String entityId, FeatureId featureId,
                                       FeatureType featureType, Boolean enabled, BigDecimal usageLimit,
                                       UsageResetPeriod usageResetPeriod, Boolean softLimit, String staticValue,
                                       EntitlementId parentEntitlementId, Instant startDate, Instant endDate) {
}
