package io.flexprice.ports.in.payment;

import io.flexprice.domain.payment.PaymentMethodType;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/**
 * FlexPrice's create payment request for an invoice (its only destination type), parsed at the edge.
 *
 * @param processPayment null or true: recorded against the invoice at once; false: stored PENDING until
 *        {@code process}
 */
public record CreatePaymentCommand(String invoiceId, BigDecimal amount, Currency currency,
                                   PaymentMethodType paymentMethodType, String paymentMethodId,
                                   Boolean processPayment, Map<String, String> metadata) {
}
