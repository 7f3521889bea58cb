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
 * the parts of the discounts it carries (its own, and its share of the invoice's), what prepaid wallet credits paid
 * of it after the discounts ({@code prepaidCreditsApplied}, FlexPrice's {@code prepaid_credits_applied}: its taxable
 * base is lower by that much) and its share of the taxes. Every amount is a whole number of minor units. Lines never change once made: a recalculated draft gets new lines.
 */
public record InvoiceLineItem(InvoiceLineItemId id, PriceId priceId, PriceType priceType, MeterId meterId,
                              String meterDisplayName, String entityType, String entityId, String planDisplayName,
                              String displayName, BigDecimal quantity, Money amount, Money lineItemDiscount,
                              Money invoiceLevelDiscount, Money prepaidCreditsApplied, Money taxAmount, Period period,
                              Metadata metadata) {

    public InvoiceLineItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(lineItemDiscount, "lineItemDiscount");
        Objects.requireNonNull(invoiceLevelDiscount, "invoiceLevelDiscount");
        Objects.requireNonNull(taxAmount, "taxAmount");
        prepaidCreditsApplied = prepaidCreditsApplied == null ? Money.zero(amount.currency()) : prepaidCreditsApplied;
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        for (Money part : new Money[] {amount, lineItemDiscount, invoiceLevelDiscount, prepaidCreditsApplied, taxAmount}) {
            if (!part.equals(part.roundedToMinorUnit()) || !part.currency().equals(amount.currency())) {
                throw new IllegalArgumentException("line " + id + ": every amount is whole minor units of one currency");
            }
        }
    }

    /** Both discounts this line carries. */
    public Money discount() {
        return lineItemDiscount.plus(invoiceLevelDiscount);
    }

    /** A line before prepaid credits: none applied. */
    public InvoiceLineItem(InvoiceLineItemId id, PriceId priceId, PriceType priceType, MeterId meterId,
                           String meterDisplayName, String entityType, String entityId, String planDisplayName,
                           String displayName, BigDecimal quantity, Money amount, Money lineItemDiscount,
                           Money invoiceLevelDiscount, Money taxAmount, Period period, Metadata metadata) {
        this(id, priceId, priceType, meterId, meterDisplayName, entityType, entityId, planDisplayName, displayName,
                quantity, amount, lineItemDiscount, invoiceLevelDiscount, null, taxAmount, period, metadata);
    }

    /** What this line adds to the invoice's total: its amount, less its discounts and prepaid credits, plus taxes. */
    public Money total() {
        return amount.minus(discount()).minus(prepaidCreditsApplied).plus(taxAmount);
    }

    /** What is left of this line after its discounts: what prepaid credits may pay of it. */
    public Money afterDiscounts() {
        return amount.minus(discount());
    }
}
