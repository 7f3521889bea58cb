package io.flexprice.domain.entitlement;

import io.flexprice.domain.billing.PeriodUnit;
import io.flexprice.domain.common.ValidationException;
import java.util.Optional;

/**
 * When the usage counted against a metered entitlement's limit starts again from zero (FlexPrice's
 * {@code usage_reset_period}); NEVER counts from the subscription's start. Wire values are the constant names.
 */
public enum UsageResetPeriod {
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    HALF_YEARLY,
    ANNUAL,
    NEVER;

    /** The calendar unit of the period; empty for NEVER. */
    public Optional<PeriodUnit> unit() {
        return this == NEVER ? Optional.empty() : Optional.of(PeriodUnit.valueOf(name()));
    }

    public static UsageResetPeriod fromWire(String value) {
        for (UsageResetPeriod p : values()) {
            if (p.name().equalsIgnoreCase(value)) {
                return p;
            }
        }
        throw ValidationException.of("usage_reset_period",
                "must be one of DAILY, WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, ANNUAL, NEVER");
    }
}
