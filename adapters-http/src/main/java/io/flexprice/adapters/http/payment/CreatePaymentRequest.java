package io.flexprice.adapters.http.payment;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.adapters.http.invoice.Amounts;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.payment.PaymentMethodType;
import io.flexprice.ports.in.payment.CreatePaymentCommand;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreatePaymentRequest}: {@code destination_type} INVOICE (its only value),
 * {@code payment_method_type} OFFLINE or CREDITS (the others need a gateway: 400
 * {@code payment.method_not_supported}). {@code idempotency_key} (use the {@code Idempotency-Key} header),
 * {@code payment_gateway}, {@code success_url}, {@code cancel_url} and {@code save_card_and_make_default} are not
 * used.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreatePaymentRequest(String amount, String currency, String destinationId, String destinationType,
                                   String paymentMethodType, String paymentMethodId, Boolean processPayment,
                                   Map<String, String> metadata) {

    public CreatePaymentCommand toCommand() {
        WireParser wire = new WireParser();
        if (destinationType == null || destinationType.isBlank()) {
            wire.add("destination_type", "is required");
        } else if (!"INVOICE".equalsIgnoreCase(destinationType.trim())) {
            wire.add("destination_type", "must be INVOICE");
        }
        BigDecimal value = Amounts.parse(wire, amount, "amount");
        Currency unit = currency == null || currency.isBlank() ? null
                : wire.parse(() -> Money.parseCurrency(currency, "currency"));
        PaymentMethodType method = Amounts.optional(wire, "", paymentMethodType,
                () -> PaymentMethodType.fromWire(paymentMethodType, "payment_method_type"));
        wire.throwIfInvalid();
        return new CreatePaymentCommand(destinationId, value, unit, method, paymentMethodId, processPayment,
                metadata);
    }
}
