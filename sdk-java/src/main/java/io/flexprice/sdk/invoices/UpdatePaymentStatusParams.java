package io.flexprice.sdk.invoices;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * FlexPrice's {@code dto.UpdatePaymentStatusRequest}.
 *
 * @param paymentStatus the new payment status (required)
 * @param amount the amount paid so far, with {@code PENDING}; unset with {@code SUCCEEDED}: all of it
 */
public record UpdatePaymentStatusParams(PaymentStatus paymentStatus,
                                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        return new Builder().paymentStatus(paymentStatus).amount(amount);
    }

    /** Builds an {@link UpdatePaymentStatusParams}. */
    public static final class Builder {
        private PaymentStatus paymentStatus;
        private BigDecimal amount;

        private Builder() {
        }

        public Builder paymentStatus(PaymentStatus paymentStatus) {
            this.paymentStatus = paymentStatus;
            return this;
        }

        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        public Builder amount(String amount) {
            return amount(amount == null ? null : new BigDecimal(amount));
        }

        public UpdatePaymentStatusParams build() {
            return new UpdatePaymentStatusParams(paymentStatus, amount);
        }
    }
}
