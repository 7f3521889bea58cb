package io.flexprice.adapters.storage.postgres.payment;

import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.payment.Payment;
import io.flexprice.domain.payment.PaymentId;
import io.flexprice.domain.payment.PaymentMethodType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** A row of {@code payments}: enums by name, the amount as NUMERIC with its currency code. */
final class PaymentRow extends ScopedRow {

    private String invoiceId;
    private BigDecimal amount;
    private String currency;
    private String paymentMethodType;
    private String paymentMethodId;
    private String paymentGateway;
    private String paymentStatus;
    private Instant succeededAt;
    private Instant failedAt;
    private String errorMessage;
    private String metadata;

    static PaymentRow from(Payment payment) {
        PaymentRow row = new PaymentRow();
        row.fill(payment.id().value(), payment.scope(), payment.status(), payment.audit());
        row.invoiceId = payment.invoiceId().value();
        row.amount = payment.amount().amount();
        row.currency = payment.amount().currency().getCurrencyCode();
        row.paymentMethodType = payment.methodType().name();
        row.paymentMethodId = payment.paymentMethodId();
        row.paymentGateway = payment.paymentGateway();
        row.paymentStatus = payment.paymentStatus().name();
        row.succeededAt = payment.succeededAt();
        row.failedAt = payment.failedAt();
        row.errorMessage = payment.errorMessage();
        row.metadata = JsonColumns.write(payment.metadata().values());
        return row;
    }

    Payment toDomain() {
        return new Payment(new PaymentId(id), scope(), new InvoiceId(invoiceId),
                new Money(amount, Currency.getInstance(currency)), PaymentMethodType.valueOf(paymentMethodType),
                paymentMethodId, paymentGateway, PaymentStatus.valueOf(paymentStatus), succeededAt, failedAt,
                errorMessage, Metadata.of(JsonColumns.readStringMap(metadata)), status, audit());
    }
}
