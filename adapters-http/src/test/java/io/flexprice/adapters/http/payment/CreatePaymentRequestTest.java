package io.flexprice.adapters.http.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.payment.PaymentMethodType;
import io.flexprice.ports.in.payment.CreatePaymentCommand;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CreatePaymentRequestTest {

    @Test
    void aRequestBecomesTheCommand() {
        CreatePaymentCommand command = new CreatePaymentRequest("25.50", "usd", "inv_1", "INVOICE", "offline", null,
                null, null).toCommand();

        assertThat(command.amount()).isEqualTo(new BigDecimal("25.50"));
        assertThat(command.currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(command.paymentMethodType()).isEqualTo(PaymentMethodType.OFFLINE);
        assertThat(command.processPayment()).isNull();
    }

    @Test
    void anotherDestinationTypeAndMalformedValuesAreNamedAtOnce() {
        ValidationException refused = catchThrowableOfType(ValidationException.class, () ->
                new CreatePaymentRequest("-", "xx", "inv_1", "WALLET", "CHEQUE", null, null, null).toCommand());

        assertThat(refused.violations()).extracting(ValidationException.Violation::field)
                .containsExactly("destination_type", "amount", "currency", "payment_method_type");
    }

    @Test
    void onlyMetadataOfAPaymentChanges() {
        ValidationException refused = catchThrowableOfType(ValidationException.class, () ->
                new UpdatePaymentRequest(null, "SUCCEEDED", null, null, null, null, null, null).toMetadata());

        assertThat(refused.violations()).extracting(ValidationException.Violation::field)
                .containsExactly("payment_status");
    }
}
