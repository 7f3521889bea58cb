package io.flexprice.domain.tax;

import io.flexprice.domain.common.EntityId;

public record TaxRateId(String value) {

    public TaxRateId {
        EntityId.require(value, "tax_rate_id");
    }

    public static TaxRateId of(String value) {
        return new TaxRateId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
