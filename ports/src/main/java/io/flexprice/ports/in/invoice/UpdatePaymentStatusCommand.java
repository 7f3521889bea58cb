package io.flexprice.ports.in.invoice;

import io.flexprice.domain.invoice.PaymentStatus;
import java.math.BigDecimal;

/**
 * FlexPrice's {@code PUT /invoices/{id}/payment}: PENDING records {@code amount} (if given) as a partial payment, or
 * brings a FAILED invoice back to PENDING; SUCCEEDED records the rest (an {@code amount} must equal it); FAILED marks
 * an attempt failed. Money recorded becomes an OFFLINE payment.
 */
public record UpdatePaymentStatusCommand(PaymentStatus paymentStatus, BigDecimal amount) {
}
