package io.flexprice.domain.invoice;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an invoice, as {@link InvoiceCalculator} produced it: its amount rounded to the currency's minor unit,
 * the parts of the discounts it carries (its own, and its share of the invoice's) and its share of the taxes. Every
 * amount is a whole number of minor units. Lines never change once made: a recalculated draft gets new lines.
 */
public record InvoiceLineItem(InvoiceLineItemId id, PriceId priceId, PriceType priceType, MeterId meterId,
                              String meterDisplayName, String entityType, String entityId, String planDisplayName,
                              String displayName, BigDecimal quantity, Money amount, Money lineItemDiscount,
                              Money invoiceLevelDiscount, Money taxAmount, Period period, Metadata metadata) {

    public InvoiceLineItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(lineItemDiscount, "lineItemDiscount");
        Objects.requireNonNull(invoiceLevelDiscount, "invoiceLevelDiscount");
        Objects.requireNonNull(taxAmount, "taxAmount");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        for (Money part : new Money[] {amount, lineItemDiscount, invoiceLevelDiscount, taxAmount}) {
            if (!part.equals(part.roundedToMinorUnit()) || !part.currency().equals(amount.currency())) {
                throw new IllegalArgumentException("line " + id + ": every amount is whole minor units of one currency");
            }
        }
    }

    /** Both discounts this line carries. */
    public Money discount() {
        return lineItemDiscount.plus(invoiceLevelDiscount);
    }

    /** What this line adds to the invoice's total: its amount, less its discounts, plus its taxes. */
    public Money total() {
        return amount.minus(discount()).plus(taxAmount);
    }
}
