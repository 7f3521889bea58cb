package io.flexprice.domain.invoice;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;

/**
 * What an invoice is made from, before anything is rounded: the lines with their exact amounts, the discounts and
 * the taxes that apply, for a customer in one currency. A subscription's period invoice names the subscription and
 * the billing period; a one-off invoice names neither (a period is optional then). {@link InvoiceCalculator} turns a
 * draft into amounts.
 *
 * <p>Lines may be negative (a proration credit), but their sum may not: see {@link InvoiceCalculator}. Discounts and
 * taxes are generic: a discount names its source (a coupon), a tax its tax rate; the catalogs that hold them are
 * elsewhere.
 *
 * @param billingReason absent: {@code SUBSCRIPTION_CYCLE} for a subscription invoice, {@code MANUAL} otherwise
 * @param dueDate absent: set when the invoice is finalized
 */
public record InvoiceDraft(CustomerId customerId, String subscriptionId, Period period, Currency currency,
                           BillingReason billingReason, List<Line> lines, List<Discount> discounts, List<Tax> taxes,
                           Instant dueDate, String description, Metadata metadata) {

    public InvoiceDraft {
        lines = copy(lines);
        discounts = copy(discounts);
        taxes = copy(taxes);
        subscriptionId = subscriptionId == null || subscriptionId.isBlank() ? null : subscriptionId;
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        if (billingReason == null) {
            billingReason = subscriptionId == null ? BillingReason.MANUAL : BillingReason.SUBSCRIPTION_CYCLE;
        }
        Violations violations = new Violations()
                .require(customerId != null, "customer_id", "is required")
                .require(currency != null, "currency", "is required")
                .require(currency == null || Money.hasMinorUnit(currency), "currency", "must have a minor unit")
                .require(subscriptionId == null || period != null, "period_start",
                        "is required for a subscription's invoice")
                .maxLength(subscriptionId, 255, "subscription_id")
                .maxLength(description, 4000, "description");
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line == null) {
                violations.add("line_items[" + i + "]", "is required");
            } else if (currency != null && !line.amount().currency().equals(currency)) {
                violations.add("line_items[" + i + "].amount",
                        "must be in the invoice's currency " + currency.getCurrencyCode());
            }
        }
        for (int i = 0; i < discounts.size(); i++) {
            Discount discount = discounts.get(i);
            if (discount == null) {
                violations.add("discounts[" + i + "]", "is required");
            } else if (discount.lineIndex() != null && discount.lineIndex() >= lines.size()) {
                violations.add("discounts[" + i + "].line_index", "must name one of the " + lines.size() + " lines");
            }
        }
        for (int i = 0; i < taxes.size(); i++) {
            violations.require(taxes.get(i) != null, "taxes[" + i + "]", "is required");
        }
        violations.throwIfAny();
    }

    /** A one-off invoice of {@code lines}, without discounts or taxes. */
    public static InvoiceDraft oneOff(CustomerId customerId, Currency currency, List<Line> lines) {
        return new InvoiceDraft(customerId, null, null, currency, null, lines, List.of(), List.of(), null, null, null);
    }

    /** A subscription's invoice of {@code lines} for {@code period}, without discounts or taxes. */
    public static InvoiceDraft forPeriod(CustomerId customerId, String subscriptionId, Period period,
                                         Currency currency, List<Line> lines) {
        return new InvoiceDraft(customerId, subscriptionId, period, currency, null, lines, List.of(), List.of(), null,
                null, null);
    }

    /** SUBSCRIPTION when the draft names a subscription, ONE_OFF otherwise. */
    public InvoiceType invoiceType() {
        return subscriptionId == null ? InvoiceType.ONE_OFF : InvoiceType.SUBSCRIPTION;
    }

    public InvoiceDraft withDiscounts(List<Discount> newDiscounts) {
        return new InvoiceDraft(customerId, subscriptionId, period, currency, billingReason, lines, newDiscounts, taxes,
                dueDate, description, metadata);
    }

    public InvoiceDraft withTaxes(List<Tax> newTaxes) {
        return new InvoiceDraft(customerId, subscriptionId, period, currency, billingReason, lines, discounts, newTaxes,
                dueDate, description, metadata);
    }

    /** Unlike {@code List.copyOf}, keeps null elements, so that they are reported with their index. */
    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }

    /**
     * One charge: its exact amount (rounded once, by the calculator), the quantity it is for, and what it came from.
     * Everything but the amount and the quantity is optional.
     */
    public record Line(PriceId priceId, PriceType priceType, MeterId meterId, String meterDisplayName,
                       String entityType, String entityId, String planDisplayName, String displayName,
                       BigDecimal quantity, Money amount, Period period, Metadata metadata) {

        public Line {
            metadata = metadata == null ? Metadata.EMPTY : metadata;
            new Violations()
                    .require(amount != null, "amount", "is required")
                    .require(quantity != null, "quantity", "is required")
                    .require(quantity == null || quantity.signum() >= 0, "quantity", "must not be negative")
                    .maxLength(displayName, 255, "display_name")
                    .maxLength(planDisplayName, 255, "plan_display_name")
                    .maxLength(meterDisplayName, 255, "meter_display_name")
                    .maxLength(entityType, 255, "entity_type")
                    .maxLength(entityId, 255, "entity_id")
                    .throwIfAny();
        }

        /** A line with a name, a quantity and an amount only. */
        public static Line of(String displayName, BigDecimal quantity, Money amount) {
            return new Line(null, null, null, null, null, null, null, displayName, quantity, amount, null, null);
        }
    }

    /**
     * A discount from {@code couponId}: {@code value} percent (0 to 100] of what it applies to, or a fixed
     * {@code value} in the invoice's currency. It applies to the line at {@code lineIndex}, or to the whole invoice
     * when that is null. A discount never takes more than what is left of what it applies to.
     */
    public record Discount(String couponId, String couponAssociationId, DiscountType type, BigDecimal value,
                           Integer lineIndex) {

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        public Discount {
            new Violations()
                    .requireText(couponId, "coupon_id")
                    .maxLength(couponId, 255, "coupon_id")
                    .require(type != null, "type", "is required")
                    .require(value != null, "value", "is required")
                    .require(value == null || value.signum() > 0, "value", "must be positive")
                    .require(value == null || type != DiscountType.PERCENTAGE || value.compareTo(HUNDRED) <= 0,
                            "value", "must be at most 100 percent")
                    .require(lineIndex == null || lineIndex >= 0, "line_index", "must not be negative")
                    .throwIfAny();
        }

        /** {@code percent} percent off the whole invoice. */
        public static Discount percentOff(String couponId, BigDecimal percent) {
            return new Discount(couponId, null, DiscountType.PERCENTAGE, percent, null);
        }

        /** {@code amount} (in the invoice's currency) off the whole invoice. */
        public static Discount amountOff(String couponId, BigDecimal amount) {
            return new Discount(couponId, null, DiscountType.FIXED, amount, null);
        }

        /** The same discount applied to the line at {@code index} only. */
        public Discount onLine(int index) {
            return new Discount(couponId, couponAssociationId, type, value, index);
        }

        public boolean isInvoiceLevel() {
            return lineIndex == null;
        }
    }

    /**
     * A tax from {@code taxRateId}: {@code value} percent of the taxable amount (what the lines come to after
     * discounts), or a fixed {@code value} in the invoice's currency charged once on an invoice whose taxable amount
     * is positive. Taxes do not compound: each is computed on the same taxable amount.
     */
    public record Tax(String taxRateId, String taxAssociationId, TaxType type, BigDecimal value) {

        public Tax {
            new Violations()
                    .requireText(taxRateId, "tax_rate_id")
                    .maxLength(taxRateId, 255, "tax_rate_id")
                    .require(type != null, "type", "is required")
                    .require(value != null, "value", "is required")
                    .require(value == null || value.signum() >= 0, "value", "must not be negative")
                    .throwIfAny();
        }

        public static Tax percentage(String taxRateId, BigDecimal percent) {
            return new Tax(taxRateId, null, TaxType.PERCENTAGE, percent);
        }

        public static Tax fixed(String taxRateId, BigDecimal amount) {
            return new Tax(taxRateId, null, TaxType.FIXED, amount);
        }
    }
}
