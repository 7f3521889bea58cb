package io.flexprice.ports.in.payment;

import io.flexprice.domain.payment.Payment;
import io.flexprice.domain.payment.PaymentId;
import io.flexprice.ports.in.tenancy.Caller;
import java.util.Map;

/**
 * Payments against invoices (FlexPrice's {@code /v1/payments}). Recording a payment and changing its invoice's
 * amount paid, amount remaining and payment status is one unit of work under the invoice's lock, so concurrent
 * payments never take an invoice past what it is due.
 */
public interface ManagePaymentsUseCase {

    Payment create(Caller caller, CreatePaymentCommand command);

    /** Records a PENDING payment against its invoice. */
    Payment process(Caller caller, PaymentId id);

    /** Replaces the metadata; nothing else of a payment changes this way. */
    Payment update(Caller caller, PaymentId id, Map<String, String> metadata);

    /** Soft delete of a payment that never succeeded. */
    void delete(Caller caller, PaymentId id);
}
