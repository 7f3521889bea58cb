package io.flexprice.ports.out.payment;

import io.flexprice.domain.common.Status;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.payment.PaymentMethodType;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * Narrows a payment search; empty lists and nulls do not narrow. {@code invoiceIds} are the payments' destinations.
 * {@code status} null means every status but deleted. {@code createdFrom} (inclusive) and {@code createdBefore}
 * (exclusive) bound the creation time.
 */
public record PaymentFilter(List<String> paymentIds, List<String> invoiceIds, List<PaymentMethodType> methodTypes,
                            List<PaymentStatus> paymentStatuses, Status status, Currency currency,
                            Instant createdFrom, Instant createdBefore) {

    public static final PaymentFilter ALL_LIVE = new PaymentFilter(null, null, null, null, null, null, null, null);

    public PaymentFilter {
        paymentIds = paymentIds == null ? List.of() : List.copyOf(paymentIds);
        invoiceIds = invoiceIds == null ? List.of() : List.copyOf(invoiceIds);
        methodTypes = methodTypes == null ? List.of() : List.copyOf(methodTypes);
        paymentStatuses = paymentStatuses == null ? List.of() : List.copyOf(paymentStatuses);
    }

    public static PaymentFilter ofInvoice(String invoiceId) {
        return new PaymentFilter(null, List.of(invoiceId), null, null, null, null, null, null);
    }
}
