package io.flexprice.adapters.http.payment;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.invoice.Amounts;
import io.flexprice.domain.payment.Payment;
import java.time.Instant;
import java.util.Map;

/**
 * FlexPrice's {@code dto.PaymentResponse}. {@code attempts}, {@code invoice_number}, {@code payment_url} and the
 * gateway's tracking fields are not sent.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PaymentResponse(String id, String amount, String currency, String destinationId,
                              String destinationType, String paymentMethodType, String paymentMethodId,
                              String paymentGateway, String paymentStatus, boolean trackAttempts, Instant succeededAt,
                              Instant failedAt, String errorMessage, Map<String, String> metadata, String status,
                              String tenantId, String environmentId, Instant createdAt, String createdBy,
                              Instant updatedAt, String updatedBy) {

    public static PaymentResponse from(Payment payment) {
        return new PaymentResponse(payment.id().value(), Amounts.format(payment.amount()),
                Amounts.currency(payment.amount().currency()), payment.invoiceId().value(), "INVOICE",
                payment.methodType().name(), payment.paymentMethodId(), payment.paymentGateway(),
                payment.paymentStatus().name(), false, payment.succeededAt(), payment.failedAt(),
                payment.errorMessage(), payment.metadata().values(), payment.status().wireValue(),
                payment.scope().tenantId().value(), payment.scope().environmentId().value(),
                payment.audit().createdAt(), payment.audit().createdBy(), payment.audit().updatedAt(),
                payment.audit().updatedBy());
    }
}
