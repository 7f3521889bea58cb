package io.flexprice.ports.out.invoice;

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
                            Instant periodEndLte, BigDecimal amountDueGt, BigDecimal amountRemainingGt) {

    public static final InvoiceFilter ALL = new InvoiceFilter(null, null, null, null, null, null, null, null, null,
            null, null, null);

    public InvoiceFilter {
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
