package io.flexprice.domain.tax;

import io.flexprice.domain.Fixtures;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import java.math.BigDecimal;

/** Test fixtures for tax rates: {@code percent("rate_vat", "20")}, {@code fixed("rate_fee", "1.50")}. */
public final class TaxRates {

    private TaxRates() {
    }

    public static TaxRate percent(String id, String value) {
        return new TaxRate(TaxRateId.of(id), Fixtures.SCOPE, "Tax " + id, id.toUpperCase(), null,
                TaxRateType.PERCENTAGE, new BigDecimal(value), null, null, null, Metadata.EMPTY, Status.PUBLISHED,
                Fixtures.AUDIT);
    }

    public static TaxRate fixed(String id, String value) {
        return new TaxRate(TaxRateId.of(id), Fixtures.SCOPE, "Tax " + id, id.toUpperCase(), null, TaxRateType.FIXED,
                null, new BigDecimal(value), null, null, Metadata.EMPTY, Status.PUBLISHED, Fixtures.AUDIT);
    }

    public static TaxRate inactive(TaxRate rate) {
        return rate.withDetails(rate.name(), rate.code(), rate.description(), TaxRateStatus.INACTIVE,
                rate.metadata(), rate.audit());
    }

    public static Audit createdAtSecond(long second) {
        return Audit.createdBy("user_1", Fixtures.T0.plusSeconds(second));
    }
}
