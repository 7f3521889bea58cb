package io.flexprice.adapters.http.payment;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdatePaymentRequest}. Only {@code metadata} changes: a payment's status follows from
 * processing it ({@code POST /v1/payments/{id}/process}), so the other fields are refused.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdatePaymentRequest(Map<String, String> metadata, String paymentStatus, String errorMessage,
                                   String failedAt, String succeededAt, String gatewayPaymentId,
                                   String paymentGateway, String paymentMethodId) {

    public Map<String, String> toMetadata() {
        WireParser wire = new WireParser();
        String message = "cannot be changed; a payment's state follows from processing it";
        refuse(wire, paymentStatus, "payment_status", message);
        refuse(wire, errorMessage, "error_message", message);
        refuse(wire, failedAt, "failed_at", message);
        refuse(wire, succeededAt, "succeeded_at", message);
        refuse(wire, gatewayPaymentId, "gateway_payment_id", message);
        refuse(wire, paymentGateway, "payment_gateway", message);
        refuse(wire, paymentMethodId, "payment_method_id", message);
        wire.throwIfInvalid();
        return metadata;
    }

    private static void refuse(WireParser wire, String value, String field, String message) {
        if (value != null) {
            wire.add(field, message);
        }
    }
}
