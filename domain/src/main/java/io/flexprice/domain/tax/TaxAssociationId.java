package io.flexprice.domain.tax;

import io.flexprice.domain.common.EntityId;

public record TaxAssociationId(String value) {

    public TaxAssociationId {
        EntityId.require(value, "tax_association_id");
    }

    public static TaxAssociationId of(String value) {
        return new TaxAssociationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
