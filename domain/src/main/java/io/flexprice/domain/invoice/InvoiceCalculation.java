package io.flexprice.domain.invoice;

import io.flexprice.domain.money.Money;
import java.util.List;

/**
 * What {@link InvoiceCalculator} made of a draft: the rounded lines, the discounts and taxes as applied, and the
 * totals. {@code total = subtotal - totalDiscount - totalPrepaidCreditsApplied + totalTax}, and each total is the sum
 * of its parts on the lines.
 */
public record InvoiceCalculation(List<InvoiceLineItem> lineItems, List<AppliedDiscount> discounts,
                                 List<AppliedTax> taxes, Money subtotal, Money totalDiscount,
                                 Money totalPrepaidCreditsApplied, Money totalTax, Money total) {

    public InvoiceCalculation {
        lineItems = List.copyOf(lineItems);
        discounts = List.copyOf(discounts);
        taxes = List.copyOf(taxes);
        totalPrepaidCreditsApplied = totalPrepaidCreditsApplied == null ? Money.zero(subtotal.currency())
                : totalPrepaidCreditsApplied;
    }

    /** Without prepaid credits. */
    public InvoiceCalculation(List<InvoiceLineItem> lineItems, List<AppliedDiscount> discounts,
                              List<AppliedTax> taxes, Money subtotal, Money totalDiscount, Money totalTax,
                              Money total) {
        this(lineItems, discounts, taxes, subtotal, totalDiscount, null, totalTax, total);
    }
}
