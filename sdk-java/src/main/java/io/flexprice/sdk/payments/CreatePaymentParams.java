package io.flexprice.sdk.payments;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreatePaymentRequest}, a payment against an invoice.
 *
 * @param amount the amount (required)
 * @param currency the invoice's currency (required)
 * @param destinationId the invoice (required)
 * @param destinationType {@code INVOICE} (the builder's default)
 * @param paymentMethodType OFFLINE or CREDITS on this server (required)
 * @param paymentMethodId the wallet of a CREDITS payment, if any
 * @param processPayment whether to process it at once (the server's default: yes)
 * @param metadata your key-value pairs
 */
public record CreatePaymentParams(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency,
                                  String destinationId, String destinationType, PaymentMethodType paymentMethodType,
                                  String paymentMethodId, Boolean processPayment, Map<String, String> metadata) {

    public CreatePaymentParams {
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        return new Builder().amount(amount).currency(currency).destinationId(destinationId)
                .destinationType(destinationType).paymentMethodType(paymentMethodType).paymentMethodId(paymentMethodId)
                .processPayment(processPayment).metadata(metadata);
    }

    /** Builds a {@link CreatePaymentParams}; unset fields are left out of the request. */
    public static final class Builder {
        private BigDecimal amount;
        private String currency;
        private String destinationId;
        private String destinationType = "INVOICE";
        private PaymentMethodType paymentMethodType;
        private String paymentMethodId;
        private Boolean processPayment;
        private Map<String, String> metadata;

        private Builder() {
        }

        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        public Builder amount(String amount) {
            return amount(amount == null ? null : new BigDecimal(amount));
        }

        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /** The invoice paid. */
        public Builder destinationId(String destinationId) {
            this.destinationId = destinationId;
            return this;
        }

        public Builder destinationType(String destinationType) {
            this.destinationType = destinationType;
            return this;
        }

        public Builder paymentMethodType(PaymentMethodType paymentMethodType) {
            this.paymentMethodType = paymentMethodType;
            return this;
        }

        public Builder paymentMethodId(String paymentMethodId) {
            this.paymentMethodId = paymentMethodId;
            return this;
        }

        public Builder processPayment(Boolean processPayment) {
            this.processPayment = processPayment;
            return this;
        }

        public Builder metadata(Map<String, String> metadata) {
            this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            return this;
        }

        /** Adds one to metadata. */
        public Builder putMetadata(String key, String value) {
            if (this.metadata == null) {
                this.metadata = new LinkedHashMap<>();
            }
            this.metadata.put(key, value);
            return this;
        }

        public CreatePaymentParams build() {
            return new CreatePaymentParams(amount, currency, destinationId, destinationType, paymentMethodType,
                    paymentMethodId, processPayment, metadata);
        }
    }
}
