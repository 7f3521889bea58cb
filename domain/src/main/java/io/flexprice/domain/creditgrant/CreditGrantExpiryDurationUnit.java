package io.flexprice.domain.creditgrant;

import java.time.temporal.ChronoUnit;

/** The unit of a DURATION expiry. Wire values are the names. */
public enum CreditGrantExpiryDurationUnit {
    DAY(ChronoUnit.DAYS), WEEK(ChronoUnit.WEEKS), MONTH(ChronoUnit.MONTHS), YEAR(ChronoUnit.YEARS);

    private final ChronoUnit unit;

    CreditGrantExpiryDurationUnit(ChronoUnit unit) {
        this.unit = unit;
    }

    public ChronoUnit chronoUnit() {
        return unit;
    }

    public static CreditGrantExpiryDurationUnit fromWire(String value) {
        return GrantWire.parse(values(), value, "expiration_duration_unit", false);
    }
}
