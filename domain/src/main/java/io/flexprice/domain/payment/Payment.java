package io.flexprice.domain.payment;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.Objects;

/**
 * Money received for an invoice (FlexPrice's payment, destination type INVOICE). A payment is PENDING until
 * processed; processing an OFFLINE or CREDITS payment records it against the invoice (SUCCEEDED) in the same unit of
 * work that changes the invoice's amounts. Deleting is soft and only for a payment that never succeeded.
 *
 * @param paymentMethodId the method's own reference (a wallet id for CREDITS); free text
 */
public record Payment(PaymentId id, Scope scope, InvoiceId invoiceId, Money amount, PaymentMethodType methodType,
                      String paymentMethodId, String paymentGateway, PaymentStatus paymentStatus,
                      Instant succeededAt, Instant failedAt, String errorMessage, Metadata metadata, Status status,
                      Audit audit) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(methodType, "methodType");
        Objects.requireNonNull(paymentStatus, "paymentStatus");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        new Violations()
                .maxLength(paymentMethodId, 255, "payment_method_id")
                .maxLength(paymentGateway, 255, "payment_gateway")
                .throwIfAny();
    }

    /**
     * A new PENDING payment of {@code amount} for {@code invoiceId}.
     *
     * @throws ValidationException naming {@code payment_method_type} ({@code payment.method_not_supported}) for a
     *         method that needs a gateway, or {@code amount} when it is not positive or not whole minor units
     */
    public static Payment pending(PaymentId id, Scope scope, InvoiceId invoiceId, Money amount,
                                  PaymentMethodType methodType, String paymentMethodId, Metadata metadata,
                                  Audit audit) {
        Objects.requireNonNull(methodType, "methodType");
        if (!methodType.isRecordable()) {
            throw new ValidationException(ErrorCode.PAYMENT_METHOD_NOT_SUPPORTED, "payment_method_type",
                    methodType + " payments need a payment gateway, which this server has not; record OFFLINE or "
                            + "CREDITS payments");
        }
        new Violations()
                .require(amount.amount().signum() > 0, "amount", "must be positive")
                .require(amount.equals(amount.roundedToMinorUnit()), "amount",
                        "must be a whole number of minor units (" + amount.minorUnitDigits() + " decimal places)")
                .throwIfAny();
        return new Payment(id, scope, invoiceId, amount, methodType, paymentMethodId, null, PaymentStatus.PENDING,
                null, null, null, metadata, Status.PUBLISHED, audit);
    }

    public boolean isLive() {
        return status != Status.DELETED;
    }

    /** Processed: the money is recorded against the invoice. Only a PENDING payment is processed. */
    public Payment succeeded(Instant at, Audit changed) {
        requirePending("processed");
        return new Payment(id, scope, invoiceId, amount, methodType, paymentMethodId, paymentGateway,
                PaymentStatus.SUCCEEDED, at, null, null, metadata, status, changed);
    }

    public Payment withMetadata(Metadata newMetadata, Audit changed) {
        return new Payment(id, scope, invoiceId, amount, methodType, paymentMethodId, paymentGateway, paymentStatus,
                succeededAt, failedAt, errorMessage, newMetadata, status, changed);
    }

    /** Soft delete, for a payment that was never recorded against its invoice. */
    public Payment deleted(Audit changed) {
        if (paymentStatus == PaymentStatus.SUCCEEDED) {
            throw new ConflictException(ErrorCode.PAYMENT_NOT_PENDING,
                    "payment " + id + " succeeded and is part of its invoice's amount paid; it cannot be deleted");
        }
        return new Payment(id, scope, invoiceId, amount, methodType, paymentMethodId, paymentGateway, paymentStatus,
                succeededAt, failedAt, errorMessage, metadata, Status.DELETED, changed);
    }

    private void requirePending(String what) {
        if (paymentStatus != PaymentStatus.PENDING) {
            throw new ConflictException(ErrorCode.PAYMENT_NOT_PENDING,
                    "payment " + id + " is " + paymentStatus + "; only a PENDING payment can be " + what);
        }
    }
}
