package io.flexprice.domain.tax;

import io.flexprice.domain.money.Money;
import java.util.Objects;

/** A tax that applies to an invoice: the association that brought it and the rate it computes with. */
public record ApplicableTax(TaxAssociation association, TaxRate rate) {

    public ApplicableTax {
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(rate, "rate");
        if (!association.taxRateId().equals(rate.id())) {
            throw new IllegalArgumentException("association " + association.id() + " names tax rate "
                    + association.taxRateId() + ", not " + rate.id());
        }
    }

    /** The tax on {@code taxable}, unrounded: {@link TaxRate#taxOn}. */
    public Money taxOn(Money taxable) {
        return rate.taxOn(taxable);
    }
}
