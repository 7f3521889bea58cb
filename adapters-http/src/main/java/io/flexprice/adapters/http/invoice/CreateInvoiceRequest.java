package io.flexprice.adapters.http.invoice;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.InvoiceType;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.ports.in.invoice.CreateInvoiceCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateInvoiceRequest}, for one-off invoices ({@code invoice_type} ONE_OFF or absent).
 * {@code subtotal}, {@code total} and {@code amount_due} are computed here from the lines, coupons and taxes, so the
 * values sent are not used; nor are {@code invoice_number} (numbers come from finalization),
 * {@code idempotency_key} (use the {@code Idempotency-Key} header), {@code billing_period},
 * {@code total_prepaid_applied}, {@code prepared_tax_rates} and {@code tax_rate_overrides}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateInvoiceRequest(String customerId, String subscriptionId, String invoiceType, String currency,
                                   String amountDue, String subtotal, String total, String description,
                                   String dueDate, String periodStart, String periodEnd, String billingReason,
                                   String invoiceStatus, String paymentStatus, String amountPaid,
                                   List<LineItem> lineItems, List<String> coupons, List<String> taxRates,
                                   List<InvoiceCoupon> invoiceCoupons, List<LineItemCoupon> lineItemCoupons,
                                   Map<String, String> metadata, String invoicePdfUrl) {

    public CreateInvoiceCommand toCommand() {
        WireParser wire = new WireParser();
        InvoiceType type = Amounts.optional(wire, "", invoiceType,
                () -> InvoiceType.fromWire(invoiceType, "invoice_type"));
        if (type != null && type != InvoiceType.ONE_OFF) {
            wire.add("invoice_type", "must be ONE_OFF: a subscription's invoices are made by billing its periods");
        }
        if (subscriptionId != null && !subscriptionId.isBlank()) {
            wire.add("subscription_id", "is not taken here: a subscription's invoices are made by billing its periods");
        }
        InvoiceStatus status = Amounts.optional(wire, "", invoiceStatus,
                () -> InvoiceStatus.fromWire(invoiceStatus, "invoice_status"));
        PaymentStatus payment = Amounts.optional(wire, "", paymentStatus,
                () -> PaymentStatus.fromWire(paymentStatus, "payment_status"));
        BillingReason reason = Amounts.optional(wire, "", billingReason,
                () -> BillingReason.fromWire(billingReason, "billing_reason"));
        BigDecimal paid = Amounts.parse(wire, amountPaid, "amount_paid");
        Instant due = wire.instant(dueDate, "due_date");
        Instant start = wire.instant(periodStart, "period_start");
        Instant end = wire.instant(periodEnd, "period_end");
        List<CreateInvoiceCommand.Line> lines = new ArrayList<>();
        for (int i = 0; lineItems != null && i < lineItems.size(); i++) {
            LineItem line = lineItems.get(i);
            lines.add(line == null ? null : line.toLine(wire, "line_items[" + i + "]."));
        }
        List<CreateInvoiceCommand.Coupon> invoiceLevel = new ArrayList<>();
        if (coupons != null) {
            coupons.forEach(id -> invoiceLevel.add(new CreateInvoiceCommand.Coupon(id, null)));
        }
        if (invoiceCoupons != null) {
            invoiceCoupons.forEach(c -> invoiceLevel.add(c == null ? new CreateInvoiceCommand.Coupon(null, null)
                    : new CreateInvoiceCommand.Coupon(c.couponId(), c.couponAssociationId())));
        }
        List<CreateInvoiceCommand.LineCoupon> lineLevel = new ArrayList<>();
        for (int i = 0; lineItemCoupons != null && i < lineItemCoupons.size(); i++) {
            LineItemCoupon c = lineItemCoupons.get(i);
            if (c == null || c.lineItemId() == null || c.lineItemId().isBlank()) {
                wire.add("line_item_coupons[" + i + "].line_item_id", "is required");
            } else {
                lineLevel.add(new CreateInvoiceCommand.LineCoupon(c.lineItemId(), c.couponId(),
                        c.couponAssociationId()));
            }
        }
        wire.throwIfInvalid();
        return new CreateInvoiceCommand(customerId, currency, lines, invoiceLevel, lineLevel, taxRates, status,
                payment, paid, start, end, due, reason, description, invoicePdfUrl, metadata);
    }

    /**
     * FlexPrice's {@code dto.CreateInvoiceLineItemRequest}: {@code amount} is the line's whole charge.
     * {@code price_unit}, {@code price_unit_amount}, {@code commitment_info}, {@code plan_id} and the prepaid and
     * discount amounts are not used (discounts come from coupons).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record LineItem(String amount, String quantity, String displayName, String priceId, String priceType,
                           String meterId, String meterDisplayName, String entityId, String entityType,
                           String planDisplayName, String periodStart, String periodEnd,
                           Map<String, String> metadata) {

        CreateInvoiceCommand.Line toLine(WireParser wire, String prefix) {
            PriceType type = priceType == null || priceType.isBlank() ? null
                    : wire.parse(field -> prefix + "price_type", () -> PriceType.fromWire(priceType));
            return new CreateInvoiceCommand.Line(priceId, type, meterId, meterDisplayName, entityType, entityId,
                    planDisplayName, displayName, Amounts.parse(wire, quantity, prefix + "quantity"),
                    Amounts.parse(wire, amount, prefix + "amount"), wire.instant(periodStart, prefix + "period_start"),
                    wire.instant(periodEnd, prefix + "period_end"), metadata);
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record InvoiceCoupon(String couponId, String couponAssociationId) {
    }

    /** {@code line_item_id} is the price id of the line the coupon applies to, as in FlexPrice. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record LineItemCoupon(String lineItemId, String couponId, String couponAssociationId) {
    }
}
