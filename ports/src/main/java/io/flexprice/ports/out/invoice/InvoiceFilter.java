package io.flexprice.ports.out.invoice;

import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.SearchFields;
import io.flexprice.domain.invoice.Invoice;
import java.util.Locale;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.InvoiceType;
import io.flexprice.domain.invoice.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Narrows an invoice search; empty lists and nulls do not narrow, except that an empty {@code invoiceStatuses} leaves
 * SKIPPED invoices out (FlexPrice lists them only when asked). Period bounds are inclusive ({@code period_start >=
 * periodStartGte}); an invoice without a period does not match a period bound. Amount bounds are strict.
 */
public record InvoiceFilter(List<String> invoiceIds, String customerId, String subscriptionId, InvoiceType invoiceType,
                            List<InvoiceStatus> invoiceStatuses, List<PaymentStatus> paymentStatuses,
                            Instant periodStartGte, Instant periodStartLte, Instant periodEndGte,
                            Instant periodEndLte, BigDecimal amountDueGt, BigDecimal amountRemainingGt,
                            SearchConditions conditions) {

    /** The fields {@code filters} and {@code sort} may name, with their wire types. */
    public static final SearchFields<Invoice> FIELDS = SearchFields.<Invoice>builder()
            .string("id", i -> i.id().value())
            .string("customer_id", i -> i.customerId().value())
            .string("subscription_id", Invoice::subscriptionId)
            .string("invoice_number", Invoice::invoiceNumber)
            .string("invoice_type", i -> i.invoiceType().name())
            .string("invoice_status", i -> i.invoiceStatus().name())
            .string("payment_status", i -> i.paymentStatus().name())
            .string("billing_reason", i -> i.billingReason().name())
            .string("currency", i -> i.currency().getCurrencyCode().toLowerCase(Locale.ROOT))
            .number("subtotal", i -> i.amounts().subtotal().amount())
            .number("total", i -> i.amounts().total().amount())
            .number("amount_due", i -> i.amounts().amountDue().amount())
            .number("amount_paid", i -> i.amounts().amountPaid().amount())
            .number("amount_remaining", i -> i.amounts().amountRemaining().amount())
            .date("period_start", i -> i.period() == null ? null : i.period().start())
            .date("period_end", i -> i.period() == null ? null : i.period().end())
            .date("due_date", Invoice::dueDate)
            .date("finalized_at", Invoice::finalizedAt)
            .date("created_at", i -> i.audit().createdAt())
            .date("updated_at", i -> i.audit().updatedAt())
            .build();

    public static final InvoiceFilter ALL = new InvoiceFilter(null, null, null, null, null, null, null, null, null,
            null, null, null);


    /** A filter without {@code filters} or {@code sort}. */
    public InvoiceFilter(List<String> invoiceIds, String customerId, String subscriptionId, InvoiceType invoiceType,
                         List<InvoiceStatus> invoiceStatuses, List<PaymentStatus> paymentStatuses,
                         Instant periodStartGte, Instant periodStartLte, Instant periodEndGte,
                         Instant periodEndLte, BigDecimal amountDueGt, BigDecimal amountRemainingGt) {
        this(invoiceIds, customerId, subscriptionId, invoiceType, invoiceStatuses, paymentStatuses, periodStartGte,
                periodStartLte, periodEndGte, periodEndLte, amountDueGt, amountRemainingGt, SearchConditions.NONE);
    }

    public InvoiceFilter {
        conditions = FIELDS.admit(conditions);
        invoiceIds = invoiceIds == null ? List.of() : List.copyOf(invoiceIds);
        invoiceStatuses = invoiceStatuses == null ? List.of() : List.copyOf(invoiceStatuses);
        paymentStatuses = paymentStatuses == null ? List.of() : List.copyOf(paymentStatuses);
    }

    public static InvoiceFilter ofCustomer(String customerId) {
        return new InvoiceFilter(null, customerId, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether an invoice of {@code status} may match: SKIPPED only when asked for. */
    public boolean admits(InvoiceStatus status) {
        return invoiceStatuses.isEmpty() ? status != InvoiceStatus.SKIPPED : invoiceStatuses.contains(status);
    }
}
