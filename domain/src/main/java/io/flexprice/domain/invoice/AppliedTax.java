package io.flexprice.domain.invoice;

import io.flexprice.domain.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A tax as it was applied to an invoice (FlexPrice's tax applied record): the amount it was computed on and what it
 * came to. {@code value} is the tax's percentage or fixed amount as it was given.
 */
public record AppliedTax(String taxRateId, String taxAssociationId, TaxType type, BigDecimal value,
                         Money taxableAmount, Money taxAmount) {

    public AppliedTax {
        Objects.requireNonNull(taxRateId, "taxRateId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(taxableAmount, "taxableAmount");
        Objects.requireNonNull(taxAmount, "taxAmount");
    }
}
