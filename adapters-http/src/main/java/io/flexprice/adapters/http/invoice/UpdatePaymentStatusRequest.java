package io.flexprice.adapters.http.invoice;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.ports.in.invoice.UpdatePaymentStatusCommand;
import java.math.BigDecimal;

/** FlexPrice's {@code dto.UpdatePaymentStatusRequest}: {@code payment_status} and an optional {@code amount}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdatePaymentStatusRequest(String paymentStatus, String amount) {

    public UpdatePaymentStatusCommand toCommand() {
        WireParser wire = new WireParser();
        if (paymentStatus == null || paymentStatus.isBlank()) {
            wire.add("payment_status", "is required");
        }
        PaymentStatus status = Amounts.optional(wire, "", paymentStatus,
                () -> PaymentStatus.fromWire(paymentStatus, "payment_status"));
        BigDecimal value = Amounts.parse(wire, amount, "amount");
        wire.throwIfInvalid();
        return new UpdatePaymentStatusCommand(status, value);
    }
}
