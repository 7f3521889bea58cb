package io.flexprice.adapters.storage.postgres.invoice;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.AppliedDiscount;
import io.flexprice.domain.invoice.AppliedTax;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.DiscountType;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceAmounts;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceLineItemId;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.InvoiceType;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.invoice.TaxType;
import io.flexprice.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of {@code invoices}: enums by name, amounts as NUMERIC, the applied discounts and taxes as JSON arrays whose
 * numbers are decimal strings, the metadata as JSON text. Its lines are rows of their own ({@link InvoiceLineItemRow}).
 */
final class InvoiceRow extends ScopedRow {

    private static final TypeReference<List<Map<String, String>>> OBJECTS = new TypeReference<>() { };

    private String customerId;
    private String subscriptionId;
    private String invoiceType;
    private String invoiceStatus;
    private String paymentStatus;
    private String currency;
    private Instant periodStart;
    private Instant periodEnd;
    private String billingReason;
    private BigDecimal subtotal;
    private BigDecimal totalDiscount;
    private BigDecimal totalPrepaidCreditsApplied;
    private BigDecimal totalTax;
    private BigDecimal total;
    private BigDecimal adjustmentAmount;
    private BigDecimal refundedAmount;
    private BigDecimal amountDue;
    private BigDecimal amountPaid;
    private BigDecimal amountRemaining;
    private String discounts;
    private String taxes;
    private String invoiceNumber;
    private Instant dueDate;
    private Instant finalizedAt;
    private Instant voidedAt;
    private Instant paidAt;
    private String description;
    private String invoicePdfUrl;
    private String metadata;

    static InvoiceRow from(Invoice invoice) {
        InvoiceRow row = new InvoiceRow();
        row.fill(invoice.id().value(), invoice.scope(), Status.PUBLISHED, invoice.audit());
        row.customerId = invoice.customerId().value();
        row.subscriptionId = invoice.subscriptionId();
        row.invoiceType = invoice.invoiceType().name();
        row.invoiceStatus = invoice.invoiceStatus().name();
        row.paymentStatus = invoice.paymentStatus().name();
        row.currency = invoice.currency().getCurrencyCode();
        row.periodStart = invoice.period() == null ? null : invoice.period().start();
        row.periodEnd = invoice.period() == null ? null : invoice.period().end();
        row.billingReason = invoice.billingReason().name();
        InvoiceAmounts amounts = invoice.amounts();
        row.subtotal = amounts.subtotal().amount();
        row.totalDiscount = amounts.totalDiscount().amount();
        row.totalPrepaidCreditsApplied = amounts.prepaidCreditsApplied().amount();
        row.totalTax = amounts.totalTax().amount();
        row.total = amounts.total().amount();
        row.adjustmentAmount = amounts.adjustment().amount();
        row.refundedAmount = amounts.refunded().amount();
        row.amountDue = amounts.amountDue().amount();
        row.amountPaid = amounts.amountPaid().amount();
        row.amountRemaining = amounts.amountRemaining().amount();
        row.discounts = JsonColumns.write(invoice.discounts().stream().map(InvoiceRow::discountColumn).toList());
        row.taxes = JsonColumns.write(invoice.taxes().stream().map(InvoiceRow::taxColumn).toList());
        row.invoiceNumber = invoice.invoiceNumber();
        row.dueDate = invoice.dueDate();
        row.finalizedAt = invoice.finalizedAt();
        row.voidedAt = invoice.voidedAt();
        row.paidAt = invoice.paidAt();
        row.description = invoice.description();
        row.invoicePdfUrl = invoice.invoicePdfUrl();
        row.metadata = JsonColumns.write(invoice.metadata().values());
        return row;
    }

    String id() {
        return id;
    }

    Invoice toDomain(List<InvoiceLineItemRow> lines) {
        Currency unit = Currency.getInstance(currency);
        InvoiceAmounts amounts = new InvoiceAmounts(money(subtotal, unit), money(totalDiscount, unit),
                money(totalPrepaidCreditsApplied, unit), money(totalTax, unit), money(total, unit),
                money(adjustmentAmount, unit), money(refundedAmount, unit), money(amountDue, unit), money(amountPaid, unit),
                money(amountRemaining, unit));
        return new Invoice(new InvoiceId(id), scope(), new CustomerId(customerId), subscriptionId,
                InvoiceType.valueOf(invoiceType), InvoiceStatus.valueOf(invoiceStatus),
                PaymentStatus.valueOf(paymentStatus), unit,
                periodStart == null ? null : new Period(periodStart, periodEnd), BillingReason.valueOf(billingReason),
                lines.stream().map(line -> line.toDomain(unit)).toList(),
                JsonColumns.read(discounts, OBJECTS).stream().map(c -> discount(c, unit)).toList(),
                JsonColumns.read(taxes, OBJECTS).stream().map(c -> tax(c, unit)).toList(), amounts, invoiceNumber,
                dueDate, finalizedAt, voidedAt, paidAt, description, invoicePdfUrl,
                Metadata.of(JsonColumns.readStringMap(metadata)), audit());
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    private static Map<String, String> discountColumn(AppliedDiscount d) {
        Map<String, String> column = new LinkedHashMap<>();
        column.put("coupon_id", d.couponId());
        column.put("coupon_association_id", d.couponAssociationId());
        column.put("line_item_id", d.lineItemId() == null ? null : d.lineItemId().value());
        column.put("type", d.type().name());
        column.put("value", d.value().toPlainString());
        column.put("original_price", d.originalPrice().amount().toPlainString());
        column.put("discounted_amount", d.discountedAmount().amount().toPlainString());
        column.put("final_price", d.finalPrice().amount().toPlainString());
        return column;
    }

    private static AppliedDiscount discount(Map<String, String> c, Currency currency) {
        return new AppliedDiscount(c.get("coupon_id"), c.get("coupon_association_id"),
                c.get("line_item_id") == null ? null : new InvoiceLineItemId(c.get("line_item_id")),
                DiscountType.valueOf(c.get("type")), new BigDecimal(c.get("value")),
                money(new BigDecimal(c.get("original_price")), currency),
                money(new BigDecimal(c.get("discounted_amount")), currency),
                money(new BigDecimal(c.get("final_price")), currency));
    }

    private static Map<String, String> taxColumn(AppliedTax t) {
        Map<String, String> column = new LinkedHashMap<>();
        column.put("tax_rate_id", t.taxRateId());
        column.put("tax_association_id", t.taxAssociationId());
        column.put("type", t.type().name());
        column.put("value", t.value().toPlainString());
        column.put("taxable_amount", t.taxableAmount().amount().toPlainString());
        column.put("tax_amount", t.taxAmount().amount().toPlainString());
        return column;
    }

    private static AppliedTax tax(Map<String, String> c, Currency currency) {
        return new AppliedTax(c.get("tax_rate_id"), c.get("tax_association_id"), TaxType.valueOf(c.get("type")),
                new BigDecimal(c.get("value")), money(new BigDecimal(c.get("taxable_amount")), currency),
                money(new BigDecimal(c.get("tax_amount")), currency));
    }
}
