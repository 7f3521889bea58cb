package io.flexprice.domain.invoice;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.money.Allocation;
import io.flexprice.domain.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns an {@link InvoiceDraft} into amounts, deterministically and in this order (issue 5: line items, coupons,
 * taxes; issue 6 puts prepaid wallet credits between coupons and taxes, {@link #withPrepaidCredits}):
 *
 * <ol>
 *   <li>Each line's amount is rounded to the currency's minor unit ({@link Money#roundedToMinorUnit()}, half up);
 *       the subtotal is the sum of the rounded lines. A negative subtotal is refused ({@code invoice.negative_total}):
 *       a regular invoice is never negative.</li>
 *   <li>Discounts, in the order given, each on what is left after the ones before it: a line's discount on what is
 *       left of that line, an invoice-level discount on what is left of the invoice. A percentage is rounded to the
 *       minor unit; a fixed amount is rounded too and capped, so that a discount never takes more than what is left
 *       (a 100% discount or one larger than the subtotal brings it to zero, not below). An invoice-level discount is
 *       spread over the lines by the largest remainder ({@link Allocation#split}), in proportion to what is left of
 *       each line, so no line is discounted below zero.</li>
 *   <li>Taxes on the taxable amount, the subtotal less every discount (and less the prepaid credits applied); taxes do not compound. A percentage is
 *       rounded to the minor unit; a fixed tax is charged once, and only when the taxable amount is positive. Each
 *       tax is spread over the lines by the largest remainder in proportion to what each line comes to after its
 *       discounts, so the lines' taxes sum exactly to the invoice's.</li>
 *   <li>The total is the taxable amount plus the taxes.</li>
 * </ol>
 *
 * <p>Rounding happens only in {@link Money#roundedToMinorUnit()}; every other step adds, subtracts or splits whole
 * minor units.
 */
public final class InvoiceCalculator {

    private static final BigDecimal PERCENT = new BigDecimal("0.01");

    private InvoiceCalculator() {
    }

    /**
     * The draft's amounts, its lines given the ids {@code lineIds} in order.
     *
     * @throws ValidationException ({@code invoice.negative_total}) if the lines sum to a negative amount
     */
    public static InvoiceCalculation calculate(InvoiceDraft draft, List<InvoiceLineItemId> lineIds) {
        if (lineIds.size() != draft.lines().size()) {
            throw new IllegalArgumentException("one id per line: " + draft.lines().size() + " lines, "
                    + lineIds.size() + " ids");
        }
        Currency currency = draft.currency();
        Money zero = Money.zero(currency);
        int n = draft.lines().size();

        List<Money> amounts = draft.lines().stream().map(line -> line.amount().roundedToMinorUnit()).toList();
        Money subtotal = sum(zero, amounts);
        if (subtotal.isNegative()) {
            throw new ValidationException(ErrorCode.INVOICE_NEGATIVE_TOTAL, "line_items",
                    "the line items come to " + subtotal.amount().stripTrailingZeros().toPlainString()
                            + "; an invoice cannot be negative");
        }

        // what discounts may still take from each line: its amount, nothing from a negative line
        Money[] left = amounts.stream().map(a -> a.isNegative() ? zero : a).toArray(Money[]::new);
        Money[] lineDiscounts = filled(n, zero);
        Money[] invoiceDiscounts = filled(n, zero);
        Money invoiceLeft = subtotal;
        List<AppliedDiscount> applied = new ArrayList<>();
        for (InvoiceDraft.Discount discount : draft.discounts()) {
            if (discount.isInvoiceLevel()) {
                Money taken = discountOn(discount, invoiceLeft);
                if (!taken.isZero()) {
                    List<Money> parts = Allocation.split(taken, weights(left));
                    for (int i = 0; i < n; i++) {
                        left[i] = left[i].minus(parts.get(i));
                        invoiceDiscounts[i] = invoiceDiscounts[i].plus(parts.get(i));
                    }
                }
                applied.add(new AppliedDiscount(discount.couponId(), discount.couponAssociationId(), null,
                        discount.type(), discount.value(), invoiceLeft, taken, invoiceLeft.minus(taken)));
                invoiceLeft = invoiceLeft.minus(taken);
            } else {
                int i = discount.lineIndex();
                // a line's discount is also bounded by what is left of the invoice (other lines may be negative)
                Money base = min(left[i], invoiceLeft);
                Money taken = discountOn(discount, base);
                left[i] = left[i].minus(taken);
                lineDiscounts[i] = lineDiscounts[i].plus(taken);
                applied.add(new AppliedDiscount(discount.couponId(), discount.couponAssociationId(), lineIds.get(i),
                        discount.type(), discount.value(), base, taken, base.minus(taken)));
                invoiceLeft = invoiceLeft.minus(taken);
            }
        }
        Money totalDiscount = subtotal.minus(invoiceLeft);

        Money[] net = IntStream.range(0, n)
                .mapToObj(i -> amounts.get(i).minus(lineDiscounts[i]).minus(invoiceDiscounts[i]))
                .toArray(Money[]::new);
        List<InvoiceLineItem> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            InvoiceDraft.Line line = draft.lines().get(i);
            lines.add(new InvoiceLineItem(lineIds.get(i), line.priceId(), line.priceType(), line.meterId(),
                    line.meterDisplayName(), line.entityType(), line.entityId(), line.planDisplayName(),
                    line.displayName(), line.quantity(), amounts.get(i), lineDiscounts[i], invoiceDiscounts[i],
                    zero, zero, line.period(), line.metadata()));
        }
        return taxed(currency, lines, applied, draft.taxes(), subtotal, totalDiscount, invoiceLeft, net,
                filled(n, zero));
    }

    /**
     * The calculation again with prepaid credits applied (issue 6: after coupons, before taxes): {@code prepaid.get(i)}
     * is what wallets paid of line {@code i}, at most what is left of it after its discounts. Each line's taxable base
     * drops by what it was paid, the taxes are computed again on the lower taxable amount, and the total is
     * {@code subtotal - totalDiscount - totalPrepaidCreditsApplied + totalTax}.
     *
     * @param taxes the taxes to charge (those of the calculation, by rate)
     * @throws IllegalArgumentException if a line is paid more than is left of it, or not in whole minor units
     */
    public static InvoiceCalculation withPrepaidCredits(List<InvoiceLineItem> lineItems, List<AppliedDiscount> discounts,
                                                        List<InvoiceDraft.Tax> taxes, List<Money> prepaid) {
        int n = lineItems.size();
        if (prepaid.size() != n) {
            throw new IllegalArgumentException("one prepaid amount per line: " + n + " lines, " + prepaid.size());
        }
        Currency currency = lineItems.isEmpty() ? prepaid.isEmpty() ? null : prepaid.get(0).currency()
                : lineItems.get(0).amount().currency();
        if (currency == null) {
            throw new IllegalArgumentException("an invoice without lines has nothing to pay");
        }
        Money zero = Money.zero(currency);
        Money subtotal = zero;
        Money totalDiscount = zero;
        Money[] net = new Money[n];
        Money[] paid = new Money[n];
        for (int i = 0; i < n; i++) {
            InvoiceLineItem line = lineItems.get(i);
            subtotal = subtotal.plus(line.amount());
            totalDiscount = totalDiscount.plus(line.discount());
            net[i] = line.afterDiscounts();
            paid[i] = zero.plus(prepaid.get(i));
            if (paid[i].isNegative() || !paid[i].equals(paid[i].roundedToMinorUnit())
                    || paid[i].amount().signum() > 0 && paid[i].compareTo(net[i]) > 0) {
                throw new IllegalArgumentException("line " + i + ": prepaid credits of " + paid[i]
                        + " are not whole minor units between zero and what is left of the line, " + net[i]);
            }
        }
        return taxed(currency, lineItems, discounts, taxes, subtotal, totalDiscount,
                subtotal.minus(totalDiscount), net, paid);
    }

    /**
     * The taxes on what is left after discounts ({@code afterDiscounts}) less the prepaid credits, spread over the
     * lines in proportion to what each line comes to then, and the lines and totals with them.
     */
    private static InvoiceCalculation taxed(Currency currency, List<InvoiceLineItem> lineItems,
                                            List<AppliedDiscount> discounts, List<InvoiceDraft.Tax> draftTaxes,
                                            Money subtotal, Money totalDiscount, Money afterDiscounts, Money[] net,
                                            Money[] prepaid) {
        Money zero = Money.zero(currency);
        int n = lineItems.size();
        Money totalPrepaid = Arrays.stream(prepaid).reduce(zero, Money::plus);
        Money taxable = afterDiscounts.minus(totalPrepaid);
        if (taxable.isNegative()) {
            taxable = zero;
        }
        Money[] positiveNet = IntStream.range(0, n).mapToObj(i -> net[i].minus(prepaid[i]))
                .map(m -> m.isNegative() ? zero : m).toArray(Money[]::new);
        Money[] lineTaxes = filled(n, zero);
        List<AppliedTax> taxes = new ArrayList<>();
        Money totalTax = zero;
        for (InvoiceDraft.Tax tax : draftTaxes) {
            Money amount = taxOn(tax, taxable);
            if (!amount.isZero()) {
                List<Money> parts = Allocation.split(amount, weights(positiveNet));
                for (int i = 0; i < n; i++) {
                    lineTaxes[i] = lineTaxes[i].plus(parts.get(i));
                }
            }
            taxes.add(new AppliedTax(tax.taxRateId(), tax.taxAssociationId(), tax.type(), tax.value(), taxable,
                    amount));
            totalTax = totalTax.plus(amount);
        }

        List<InvoiceLineItem> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            InvoiceLineItem line = lineItems.get(i);
            lines.add(new InvoiceLineItem(line.id(), line.priceId(), line.priceType(), line.meterId(),
                    line.meterDisplayName(), line.entityType(), line.entityId(), line.planDisplayName(),
                    line.displayName(), line.quantity(), line.amount(), line.lineItemDiscount(),
                    line.invoiceLevelDiscount(), prepaid[i], lineTaxes[i], line.period(), line.metadata()));
        }
        return new InvoiceCalculation(lines, discounts, taxes, subtotal, totalDiscount, totalPrepaid, totalTax,
                afterDiscounts.minus(totalPrepaid).plus(totalTax));
    }

    /** What {@code discount} takes from {@code base}: never more than {@code base}, never below zero. */
    private static Money discountOn(InvoiceDraft.Discount discount, Money base) {
        Money wanted = discount.type() == DiscountType.PERCENTAGE
                ? base.times(discount.value().multiply(PERCENT)).roundedToMinorUnit()
                : new Money(discount.value(), base.currency()).roundedToMinorUnit();
        return min(wanted, base);
    }

    private static Money taxOn(InvoiceDraft.Tax tax, Money taxable) {
        if (tax.type() == TaxType.PERCENTAGE) {
            return taxable.times(tax.value().multiply(PERCENT)).roundedToMinorUnit();
        }
        return taxable.isZero() ? Money.zero(taxable.currency())
                : new Money(tax.value(), taxable.currency()).roundedToMinorUnit();
    }

    private static List<BigDecimal> weights(Money[] parts) {
        return Arrays.stream(parts).map(Money::amount).toList();
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Money sum(Money zero, List<Money> values) {
        Money total = zero;
        for (Money value : values) {
            total = total.plus(value);
        }
        return total;
    }

    private static Money[] filled(int n, Money value) {
        Money[] values = new Money[n];
        Arrays.fill(values, value);
        return values;
    }
}
