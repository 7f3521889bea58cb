package io.flexprice.domain.invoice;

import io.flexprice.domain.money.Money;
import java.util.Objects;

/**
 * An invoice's money, every amount a whole number of minor units of the invoice's currency:
 *
 * <ul>
 *   <li>{@code total = subtotal - totalDiscount - prepaidCreditsApplied + totalTax} (from {@link InvoiceCalculator});
 *       {@code prepaidCreditsApplied} is what prepaid wallets paid after coupons, before taxes (FlexPrice's
 *       {@code total_prepaid_credits_applied});</li>
 *   <li>{@code amountDue = total - adjustment}, where {@code adjustment} is the sum of finalized ADJUSTMENT credit
 *       notes (FlexPrice's {@code adjustment_amount});</li>
 *   <li>{@code amountRemaining = amountDue - amountPaid}: never negative, since no payment may exceed what remains
 *       and no adjustment may credit what was paid;</li>
 *   <li>{@code refunded}, the sum of finalized REFUND credit notes, never exceeds {@code amountPaid}.</li>
 * </ul>
 *
 * A value that breaks these is a programming error ({@link IllegalArgumentException}): the services check every
 * request against them first and answer with a proper error.
 */
public record InvoiceAmounts(Money subtotal, Money totalDiscount, Money prepaidCreditsApplied, Money totalTax,
                             Money total, Money adjustment, Money refunded, Money amountDue, Money amountPaid,
                             Money amountRemaining) {

    public InvoiceAmounts {
        prepaidCreditsApplied = prepaidCreditsApplied == null && total != null ? Money.zero(total.currency())
                : prepaidCreditsApplied;
        Money[] all = {subtotal, totalDiscount, prepaidCreditsApplied, totalTax, total, adjustment, refunded, amountDue, amountPaid,
                amountRemaining};
        for (Money amount : all) {
            Objects.requireNonNull(amount, "every invoice amount is required");
            require(amount.equals(amount.roundedToMinorUnit()), "whole minor units: " + amount);
            require(!amount.isNegative(), "not negative: " + amount);
        }
        require(total.equals(subtotal.minus(totalDiscount).minus(prepaidCreditsApplied).plus(totalTax)),
                "total = subtotal - discount - prepaid credits + tax");
        require(amountDue.equals(total.minus(adjustment)), "amount due = total - adjustment");
        require(amountRemaining.equals(amountDue.minus(amountPaid)), "amount remaining = amount due - amount paid");
        require(refunded.compareTo(amountPaid) <= 0, "refunded <= paid");
    }

    /** Without prepaid credits. */
    public InvoiceAmounts(Money subtotal, Money totalDiscount, Money totalTax, Money total, Money adjustment,
                          Money refunded, Money amountDue, Money amountPaid, Money amountRemaining) {
        this(subtotal, totalDiscount, null, totalTax, total, adjustment, refunded, amountDue, amountPaid,
                amountRemaining);
    }

    /** The amounts of a new invoice: nothing adjusted, refunded or paid yet. */
    public static InvoiceAmounts of(InvoiceCalculation calculation) {
        Money zero = Money.zero(calculation.total().currency());
        return new InvoiceAmounts(calculation.subtotal(), calculation.totalDiscount(),
                calculation.totalPrepaidCreditsApplied(), calculation.totalTax(), calculation.total(), zero, zero,
                calculation.total(), zero, calculation.total());
    }

    public InvoiceAmounts withPayment(Money amount) {
        return new InvoiceAmounts(subtotal, totalDiscount, prepaidCreditsApplied, totalTax, total,
                adjustment, refunded, amountDue,
                amountPaid.plus(amount), amountRemaining.minus(amount));
    }

    /** An ADJUSTMENT credit note of {@code amount} finalized: it lowers what is due. */
    public InvoiceAmounts withAdjustment(Money amount) {
        return new InvoiceAmounts(subtotal, totalDiscount, prepaidCreditsApplied, totalTax, total,
                adjustment.plus(amount), refunded,
                amountDue.minus(amount), amountPaid, amountRemaining.minus(amount));
    }

    /** A finalized ADJUSTMENT credit note of {@code amount} voided: what it lowered is due again. */
    public InvoiceAmounts withoutAdjustment(Money amount) {
        return new InvoiceAmounts(subtotal, totalDiscount, prepaidCreditsApplied, totalTax, total,
                adjustment.minus(amount), refunded,
                amountDue.plus(amount), amountPaid, amountRemaining.plus(amount));
    }

    /** A REFUND credit note of {@code amount} finalized: paid money given back. */
    public InvoiceAmounts withRefund(Money amount) {
        return new InvoiceAmounts(subtotal, totalDiscount, prepaidCreditsApplied, totalTax, total,
                adjustment, refunded.plus(amount),
                amountDue, amountPaid, amountRemaining);
    }

    /** What may still be refunded: paid and not refunded yet. */
    public Money refundable() {
        return amountPaid.minus(refunded);
    }

    private static void require(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalArgumentException("invoice amounts break the rule: " + rule);
        }
    }
}
