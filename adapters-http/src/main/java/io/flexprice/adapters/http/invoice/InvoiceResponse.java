package io.flexprice.adapters.http.invoice;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.invoice.AppliedDiscount;
import io.flexprice.domain.invoice.AppliedTax;
import io.flexprice.domain.invoice.DiscountType;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceAmounts;
import io.flexprice.domain.invoice.InvoiceLineItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.InvoiceResponse}: amounts as decimal strings, the currency in lower case, the lines, the
 * coupon applications and the taxes applied. {@code total_prepaid_credits_applied} (and each line's
 * {@code prepaid_credits_applied}) is what prepaid wallets paid after coupons, before taxes; {@code customer}, {@code subscription}, {@code billing_period}, {@code billing_sequence},
 * {@code idempotency_key} and {@code version} are not sent.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InvoiceResponse(String id, String customerId, String subscriptionId, String invoiceType,
                              String invoiceStatus, String paymentStatus, String currency, String amountDue,
                              String amountPaid, String amountRemaining, String subtotal, String totalDiscount,
                              String totalTax, String total, String adjustmentAmount, String refundedAmount,
                              String totalPrepaidCreditsApplied, String description, Instant dueDate,
                              Instant paidAt, Instant voidedAt, Instant finalizedAt, String invoiceNumber,
                              String invoicePdfUrl, String billingReason, Instant periodStart, Instant periodEnd,
                              List<LineItem> lineItems, List<CouponApplication> couponApplications,
                              List<TaxApplied> taxes, Map<String, String> metadata, String status, String tenantId,
                              String environmentId, Instant createdAt, String createdBy, Instant updatedAt,
                              String updatedBy) {

    public static InvoiceResponse from(Invoice invoice) {
        return from(invoice, true);
    }

    /** Without its lines ({@code line_items} left out) when {@code withLines} is false: search's {@code skip_line_items}. */
    public static InvoiceResponse from(Invoice invoice, boolean withLines) {
        InvoiceAmounts a = invoice.amounts();
        return new InvoiceResponse(invoice.id().value(), invoice.customerId().value(), invoice.subscriptionId(),
                invoice.invoiceType().name(), invoice.invoiceStatus().name(), invoice.paymentStatus().name(),
                Amounts.currency(invoice.currency()), Amounts.format(a.amountDue()), Amounts.format(a.amountPaid()),
                Amounts.format(a.amountRemaining()), Amounts.format(a.subtotal()), Amounts.format(a.totalDiscount()),
                Amounts.format(a.totalTax()), Amounts.format(a.total()), Amounts.format(a.adjustment()),
                Amounts.format(a.refunded()), Amounts.format(a.prepaidCreditsApplied()), invoice.description(), invoice.dueDate(), invoice.paidAt(),
                invoice.voidedAt(), invoice.finalizedAt(), invoice.invoiceNumber(), invoice.invoicePdfUrl(),
                invoice.billingReason().name(), invoice.period() == null ? null : invoice.period().start(),
                invoice.period() == null ? null : invoice.period().end(),
                withLines ? invoice.lineItems().stream().map(line -> LineItem.from(invoice, line)).toList() : null,
                invoice.discounts().stream().map(d -> CouponApplication.from(invoice, d)).toList(),
                invoice.taxes().stream().map(t -> TaxApplied.from(invoice, t)).toList(), invoice.metadata().values(),
                "published", invoice.scope().tenantId().value(), invoice.scope().environmentId().value(),
                invoice.audit().createdAt(), invoice.audit().createdBy(), invoice.audit().updatedAt(),
                invoice.audit().updatedBy());
    }

    /**
     * FlexPrice's {@code dto.InvoiceLineItemResponse}, plus {@code tax_amount} (the line's share of the taxes) as an
     * extension.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record LineItem(String id, String invoiceId, String customerId, String subscriptionId, String priceId,
                           String priceType, String meterId, String meterDisplayName, String entityId,
                           String entityType, String planDisplayName, String displayName, String amount,
                           String quantity, String currency, Instant periodStart, Instant periodEnd,
                           String lineItemDiscount, String invoiceLevelDiscount, String prepaidCreditsApplied,
                           String taxAmount, Map<String, String> metadata, String status, String tenantId,
                           String environmentId, Instant createdAt, String createdBy, Instant updatedAt,
                           String updatedBy) {

        static LineItem from(Invoice invoice, InvoiceLineItem line) {
            return new LineItem(line.id().value(), invoice.id().value(), invoice.customerId().value(),
                    invoice.subscriptionId(), line.priceId() == null ? null : line.priceId().value(),
                    line.priceType() == null ? null : line.priceType().name(),
                    line.meterId() == null ? null : line.meterId().value(), line.meterDisplayName(), line.entityId(),
                    line.entityType(), line.planDisplayName(), line.displayName(), Amounts.format(line.amount()),
                    Amounts.format(line.quantity()), Amounts.currency(invoice.currency()),
                    line.period() == null ? null : line.period().start(),
                    line.period() == null ? null : line.period().end(), Amounts.format(line.lineItemDiscount()),
                    Amounts.format(line.invoiceLevelDiscount()), Amounts.format(line.prepaidCreditsApplied()),
                    Amounts.format(line.taxAmount()),
                    line.metadata().values(), "published", invoice.scope().tenantId().value(),
                    invoice.scope().environmentId().value(), invoice.audit().createdAt(), invoice.audit().createdBy(),
                    invoice.audit().updatedAt(), invoice.audit().updatedBy());
        }
    }

    /** FlexPrice's {@code dto.CouponApplicationResponse}; {@code invoice_line_item_id} absent: the whole invoice. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CouponApplication(String couponId, String couponAssociationId, String invoiceId,
                                    String invoiceLineItemId, String subscriptionId, String discountType,
                                    String discountPercentage, String originalPrice, String discountedAmount,
                                    String finalPrice, String currency, Instant appliedAt, String status) {

        static CouponApplication from(Invoice invoice, AppliedDiscount d) {
            return new CouponApplication(d.couponId(), d.couponAssociationId(), invoice.id().value(),
                    d.lineItemId() == null ? null : d.lineItemId().value(), invoice.subscriptionId(),
                    d.type().wireValue(), d.type() == DiscountType.PERCENTAGE ? Amounts.format(d.value()) : null,
                    Amounts.format(d.originalPrice()), Amounts.format(d.discountedAmount()),
                    Amounts.format(d.finalPrice()), Amounts.currency(invoice.currency()),
                    invoice.audit().updatedAt(), "published");
        }
    }

    /**
     * FlexPrice's {@code dto.TaxAppliedResponse} (entity type {@code invoice}), plus {@code tax_rate_type} and
     * {@code tax_rate_value} as extensions: the rate as it was applied.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TaxApplied(String taxRateId, String taxAssociationId, String entityType, String entityId,
                             String taxableAmount, String taxAmount, String taxRateType, String taxRateValue,
                             String currency, Instant appliedAt, String status, String tenantId,
                             String environmentId) {

        static TaxApplied from(Invoice invoice, AppliedTax t) {
            BigDecimal value = t.value();
            return new TaxApplied(t.taxRateId(), t.taxAssociationId(), "invoice", invoice.id().value(),
                    Amounts.format(t.taxableAmount()), Amounts.format(t.taxAmount()), t.type().wireValue(),
                    Amounts.format(value), Amounts.currency(invoice.currency()), invoice.audit().updatedAt(),
                    "published", invoice.scope().tenantId().value(), invoice.scope().environmentId().value());
        }
    }
}
