package io.flexprice.domain.creditgrant;

import io.flexprice.domain.billing.PeriodUnit;

/** The length unit of a recurring grant's period (times its {@code period_count}). Wire values are the names. */
public enum CreditGrantPeriod {
    DAILY, WEEKLY, MONTHLY, ANNUAL, QUARTERLY, HALF_YEARLY;

    public PeriodUnit unit() {
        return PeriodUnit.valueOf(name());
    }

    public static CreditGrantPeriod fromWire(String value) {
        return GrantWire.parse(values(), value, "period", false);
    }
}
