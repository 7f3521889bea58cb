package io.flexprice.sdk.payments;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.flexprice.sdk.invoices.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * FlexPrice's {@code dto.PaymentResponse}.
 *
 * @param id the payment's id
 * @param amount the amount, exact
 * @param currency ISO 4217 code in lower case
 * @param destinationId the invoice paid
 * @param destinationType {@code INVOICE}
 * @param paymentMethodType how it is paid
 * @param paymentMethodId the payment method (a wallet for CREDITS), if any
 * @param paymentGateway the gateway, if any
 * @param paymentStatus where it is
 * @param succeededAt when it succeeded
 * @param failedAt when it failed
 * @param errorMessage why it failed
 * @param metadata your key-value pairs
 * @param status published
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Payment(String id, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency,
                      String destinationId, String destinationType, PaymentMethodType paymentMethodType,
                      String paymentMethodId, String paymentGateway, PaymentStatus paymentStatus,
                      Instant succeededAt, Instant failedAt, String errorMessage, Map<String, String> metadata,
                      String status, Instant createdAt, Instant updatedAt) {

    public Payment {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
