package io.flexprice.sdk.invoices;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.InvoiceResponse}: amounts exact (sent as decimal strings), the lines, the coupons and the
 * taxes applied.
 *
 * @param id the invoice's id
 * @param customerId the customer billed
 * @param subscriptionId the subscription billed, null for a one-off invoice
 * @param invoiceType subscription, one-off or credit
 * @param invoiceStatus draft, finalized, voided (skipped on this server)
 * @param paymentStatus how far it is paid
 * @param currency ISO 4217 code in lower case, e.g. {@code usd}
 * @param amountDue what the customer owes in all
 * @param amountPaid paid so far
 * @param amountRemaining still to pay
 * @param subtotal the lines before discounts and taxes
 * @param totalDiscount coupons
 * @param totalTax taxes
 * @param total after discounts and taxes
 * @param adjustmentAmount credited by adjustment credit notes
 * @param refundedAmount refunded by refund credit notes
 * @param totalPrepaidCreditsApplied paid from prepaid wallets
 * @param description free text
 * @param dueDate when it is due
 * @param paidAt when it was paid in full
 * @param voidedAt when it was voided
 * @param finalizedAt when it was finalized
 * @param invoiceNumber its number, given at finalization
 * @param invoicePdfUrl a link to its PDF, as you set it
 * @param billingReason why it was made
 * @param periodStart the period billed: its start
 * @param periodEnd the period billed: its end (exclusive)
 * @param lineItems the lines
 * @param couponApplications the coupons applied
 * @param taxes the taxes applied
 * @param metadata your key-value pairs
 * @param status published
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Invoice(String id, String customerId, String subscriptionId, InvoiceType invoiceType,
                      InvoiceStatus invoiceStatus, PaymentStatus paymentStatus, String currency,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountDue,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountPaid,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountRemaining,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal subtotal,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalDiscount,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalTax,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal adjustmentAmount,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refundedAmount,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalPrepaidCreditsApplied,
                      String description, Instant dueDate, Instant paidAt, Instant voidedAt, Instant finalizedAt,
                      String invoiceNumber, String invoicePdfUrl, BillingReason billingReason, Instant periodStart,
                      Instant periodEnd, List<InvoiceLineItem> lineItems, List<CouponApplication> couponApplications,
                      List<AppliedTax> taxes, Map<String, String> metadata, String status, String tenantId,
                      String environmentId, Instant createdAt, Instant updatedAt) {

    public Invoice {
        lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
        couponApplications = couponApplications == null ? List.of() : List.copyOf(couponApplications);
        taxes = taxes == null ? List.of() : List.copyOf(taxes);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
