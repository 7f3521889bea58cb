package io.flexprice.ports.in.entitlement;

import io.flexprice.domain.entitlement.UsageResetPeriod;
import java.math.BigDecimal;

/** FlexPrice's entitlement update: the fields given change, null keeps the current value. */
public record UpdateEntitlementCommand(Boolean enabled, BigDecimal usageLimit, UsageResetPeriod usageResetPeriod,
                                       Boolean softLimit, String staticValue) {
}
