package io.flexprice.ports.out.payment;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.payment.Payment;
import io.flexprice.domain.payment.PaymentId;
import io.flexprice.domain.tenancy.Scope;
import java.util.Optional;

/**
 * Payments. The invoice a payment is for is stored first. Changes to a payment that touch its invoice's money happen
 * in the unit of work that holds the invoice's lock ({@code InvoiceRepository.lockById}).
 */
public interface PaymentRepository {

    void insert(Payment payment);

    /** Replaces a stored payment. */
    void update(Payment payment);

    /** The payment whatever its status. */
    Optional<Payment> findById(Scope scope, PaymentId id);

    /** Matching payments by creation time (then id) in the order the page asks. */
    Page<Payment> search(Scope scope, PaymentFilter filter, PageRequest page);
}
