package io.flexprice.domain.invoice;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An invoice: what a customer owes for a subscription's period or a one-off charge, and what has happened to it.
 *
 * <p>Life: a DRAFT is made from an {@link InvoiceDraft} and may be recalculated; finalizing gives it its number
 * and due date (FINALIZED), or, for a subscription's period that owes nothing, closes it as SKIPPED without a number.
 * A DRAFT, FINALIZED or SKIPPED invoice on which nothing was paid may be VOIDED; a voided period may be invoiced
 * again. Payments and credit notes apply to FINALIZED invoices only; {@link InvoiceAmounts} keeps the money
 * consistent. Every change returns a new invoice; a change the invoice's state does not allow throws a
 * {@link ConflictException} with a stable code, an amount it cannot take a {@link ValidationException}.
 *
 * @param subscriptionId the subscription whose period this invoices; null for a one-off invoice
 * @param period the billing period {@code [period_start, period_end)}; required with a subscription
 */
public record Invoice(InvoiceId id, Scope scope, CustomerId customerId, String subscriptionId,
                      InvoiceType invoiceType, InvoiceStatus invoiceStatus, PaymentStatus paymentStatus,
                      Currency currency, Period period, BillingReason billingReason, List<InvoiceLineItem> lineItems,
                      List<AppliedDiscount> discounts, List<AppliedTax> taxes, InvoiceAmounts amounts,
                      String invoiceNumber, Instant dueDate, Instant finalizedAt, Instant voidedAt, Instant paidAt,
                      String description, String invoicePdfUrl, Metadata metadata, Audit audit) {

    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(invoiceType, "invoiceType");
        Objects.requireNonNull(invoiceStatus, "invoiceStatus");
        Objects.requireNonNull(paymentStatus, "paymentStatus");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(billingReason, "billingReason");
        Objects.requireNonNull(amounts, "amounts");
        Objects.requireNonNull(audit, "audit");
        lineItems = List.copyOf(lineItems);
        discounts = List.copyOf(discounts);
        taxes = List.copyOf(taxes);
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        if (!amounts.total().currency().equals(currency)) {
            throw new IllegalArgumentException("invoice " + id + ": amounts in another currency");
        }
        if (subscriptionId != null && period == null) {
            throw new IllegalArgumentException("invoice " + id + ": a subscription's invoice has a period");
        }
        if (invoiceStatus == InvoiceStatus.FINALIZED && (invoiceNumber == null || finalizedAt == null)) {
            throw new IllegalArgumentException("invoice " + id + ": a finalized invoice has a number");
        }
        new Violations()
                .maxLength(description, 4000, "description")
                .maxLength(invoicePdfUrl, 2000, "invoice_pdf_url")
                .throwIfAny();
    }

    /** A new DRAFT from {@code draft}, its lines given {@code lineIds} in order. */
    public static Invoice draft(InvoiceId id, Scope scope, InvoiceDraft draft, List<InvoiceLineItemId> lineIds,
                                Audit audit) {
        InvoiceCalculation calculation = InvoiceCalculator.calculate(draft, lineIds);
        return new Invoice(id, scope, draft.customerId(), draft.subscriptionId(), draft.invoiceType(),
                InvoiceStatus.DRAFT, PaymentStatus.PENDING, draft.currency(), draft.period(), draft.billingReason(),
                calculation.lineItems(), calculation.discounts(), calculation.taxes(), InvoiceAmounts.of(calculation),
                null, draft.dueDate(), null, null, null, draft.description(), null, draft.metadata(), audit);
    }

    /** Every status but VOIDED: a live invoice holds its subscription's period. */
    public boolean isLive() {
        return invoiceStatus != InvoiceStatus.VOIDED;
    }

    /**
     * Whether finalizing closes it as SKIPPED: a subscription's period that owes nothing (one paid by prepaid credits
     * owed something: it is finalized, and paid).
     */
    public boolean closesAsSkipped() {
        return invoiceType == InvoiceType.SUBSCRIPTION && amounts.total().isZero()
                && amounts.prepaidCreditsApplied().isZero();
    }

    /**
     * The DRAFT with prepaid wallet credits applied after its discounts and before its taxes:
     * {@code prepaid.get(i)} paid of line {@code i}; the taxes are computed again on the lower base
     * ({@link InvoiceCalculator#withPrepaidCredits}). The lines change, so they get the new ids {@code lineIds}, in
     * order (lines never change once made). Applied once: a draft that has credits applied already is refused.
     */
    public Invoice withPrepaidCredits(List<Money> prepaid, List<InvoiceLineItemId> lineIds, Audit changed) {
        requireStatus(InvoiceStatus.DRAFT, ErrorCode.INVOICE_NOT_DRAFT, "paid with prepaid credits");
        if (!amounts.prepaidCreditsApplied().isZero()) {
            throw new IllegalStateException("invoice " + id + " has prepaid credits applied already");
        }
        List<InvoiceDraft.Tax> rates = taxes.stream().map(t -> new InvoiceDraft.Tax(t.taxRateId(),
                t.taxAssociationId(), t.type(), t.value())).toList();
        if (lineIds.size() != lineItems.size()) {
            throw new IllegalArgumentException("one id per line: " + lineItems.size() + " lines, " + lineIds.size());
        }
        List<InvoiceLineItem> renamed = new java.util.ArrayList<>();
        for (int i = 0; i < lineItems.size(); i++) {
            InvoiceLineItem l = lineItems.get(i);
            renamed.add(new InvoiceLineItem(lineIds.get(i), l.priceId(), l.priceType(), l.meterId(),
                    l.meterDisplayName(), l.entityType(), l.entityId(), l.planDisplayName(), l.displayName(),
                    l.quantity(), l.amount(), l.lineItemDiscount(), l.invoiceLevelDiscount(), l.prepaidCreditsApplied(),
                    l.taxAmount(), l.period(), l.metadata()));
        }
        InvoiceCalculation calculation = InvoiceCalculator.withPrepaidCredits(renamed, discounts, rates, prepaid);
        return new Invoice(id, scope, customerId, subscriptionId, invoiceType, invoiceStatus, paymentStatus, currency,
                period, billingReason, calculation.lineItems(), calculation.discounts(), calculation.taxes(),
                InvoiceAmounts.of(calculation), invoiceNumber, dueDate, finalizedAt, voidedAt, paidAt, description,
                invoicePdfUrl, metadata, changed);
    }

    public Money zero() {
        return Money.zero(currency);
    }

    /** The DRAFT made again from a fresh draft: new lines, discounts, taxes and amounts; same id. */
    public Invoice recalculated(InvoiceDraft draft, List<InvoiceLineItemId> lineIds, Audit changed) {
        requireStatus(InvoiceStatus.DRAFT, ErrorCode.INVOICE_NOT_DRAFT, "recalculated");
        Invoice fresh = draft(id, scope, draft, lineIds, changed);
        return new Copy(fresh).invoicePdfUrl(invoicePdfUrl).build();
    }

    /**
     * FINALIZED with {@code number}; due at its own due date or else at {@code defaultDueDate}. An invoice that owes
     * nothing is paid at once (FlexPrice: payment status SUCCEEDED).
     */
    public Invoice finalized(String number, Instant at, Instant defaultDueDate, Audit changed) {
        requireStatus(InvoiceStatus.DRAFT, ErrorCode.INVOICE_NOT_DRAFT, "finalized");
        if (closesAsSkipped()) {
            throw new IllegalStateException("invoice " + id + " owes nothing for its period: it closes as SKIPPED");
        }
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a finalized invoice has a number");
        }
        Copy copy = new Copy(this).status(InvoiceStatus.FINALIZED).number(number).finalizedAt(at)
                .dueDate(dueDate == null ? defaultDueDate : dueDate).audit(changed);
        if (amounts.amountRemaining().isZero()) {
            copy.payment(PaymentStatus.SUCCEEDED).paidAt(at);
        }
        return copy.build();
    }

    /** A subscription's period that owes nothing, closed without a number. */
    public Invoice skipped(Audit changed) {
        requireStatus(InvoiceStatus.DRAFT, ErrorCode.INVOICE_NOT_DRAFT, "closed");
        if (!closesAsSkipped()) {
            throw new IllegalStateException("invoice " + id + " owes something: it is finalized, not skipped");
        }
        return new Copy(this).status(InvoiceStatus.SKIPPED).payment(PaymentStatus.SUCCEEDED).audit(changed).build();
    }

    /**
     * VOIDED: a DRAFT, FINALIZED or SKIPPED invoice on which nothing was paid. {@code extraMetadata} is merged into
     * the metadata (FlexPrice's void request).
     */
    public Invoice voided(Instant at, Metadata extraMetadata, Audit changed) {
        if (invoiceStatus == InvoiceStatus.VOIDED) {
            throw new ConflictException(ErrorCode.INVOICE_NOT_VOIDABLE, "invoice " + id + " is already voided");
        }
        if (!amounts.amountPaid().isZero()) {
            throw new ConflictException(ErrorCode.INVOICE_NOT_VOIDABLE, "invoice " + id + " has payments of "
                    + plain(amounts.amountPaid()) + "; only an invoice on which nothing was paid can be voided");
        }
        Map<String, String> merged = new LinkedHashMap<>(metadata.values());
        if (extraMetadata != null) {
            merged.putAll(extraMetadata.values());
        }
        return new Copy(this).status(InvoiceStatus.VOIDED).voidedAt(at).metadata(Metadata.of(merged)).audit(changed)
                .build();
    }

    /**
     * A payment of {@code amount} received: what remains goes down; the invoice is SUCCEEDED (paid at {@code at})
     * when nothing remains, PENDING otherwise.
     *
     * @throws ConflictException {@code invoice.not_finalized}, or {@code invoice.already_paid} when nothing remains
     * @throws ValidationException naming {@code amount} (not positive, not whole minor units, or
     *         {@code payment.exceeds_amount_remaining}) or {@code currency} ({@code money.currency_mismatch})
     */
    public Invoice withPayment(Money amount, Instant at, Audit changed) {
        requireStatus(InvoiceStatus.FINALIZED, ErrorCode.INVOICE_NOT_FINALIZED, "paid");
        requirePayable(amount);
        InvoiceAmounts paid = amounts.withPayment(amount);
        Copy copy = new Copy(this).amounts(paid).audit(changed);
        if (paid.amountRemaining().isZero()) {
            copy.payment(PaymentStatus.SUCCEEDED).paidAt(at);
        } else {
            copy.payment(PaymentStatus.PENDING);
        }
        return copy.build();
    }

    /** Checks that {@code amount} could be paid now, without changing anything. */
    public void requirePayable(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.currency().equals(currency)) {
            throw new ValidationException(ErrorCode.CURRENCY_MISMATCH, "currency",
                    "must be the invoice's currency " + currency.getCurrencyCode().toLowerCase(java.util.Locale.ROOT));
        }
        new Violations()
                .require(amount.amount().signum() > 0, "amount", "must be positive")
                .require(amount.equals(amount.roundedToMinorUnit()), "amount",
                        "must be a whole number of minor units (" + amount.minorUnitDigits() + " decimal places)")
                .throwIfAny();
        if (amounts.amountRemaining().isZero()) {
            throw new ConflictException(ErrorCode.INVOICE_ALREADY_PAID,
                    "invoice " + id + " has nothing left to pay");
        }
        if (amount.compareTo(amounts.amountRemaining()) > 0) {
            throw new ValidationException(ErrorCode.PAYMENT_EXCEEDS_AMOUNT_REMAINING, "amount",
                    "must be at most the invoice's amount remaining, " + plain(amounts.amountRemaining()));
        }
    }

    /** A payment attempt failed (FlexPrice's FAILED): from PENDING or FAILED. */
    public Invoice withPaymentFailed(Audit changed) {
        requireStatus(InvoiceStatus.FINALIZED, ErrorCode.INVOICE_NOT_FINALIZED, "marked failed");
        requirePaymentStatus(PaymentStatus.FAILED, PaymentStatus.PENDING, PaymentStatus.FAILED);
        return new Copy(this).payment(PaymentStatus.FAILED).audit(changed).build();
    }

    /** Back to PENDING after a failed attempt, to be paid again. */
    public Invoice withPaymentPending(Audit changed) {
        requireStatus(InvoiceStatus.FINALIZED, ErrorCode.INVOICE_NOT_FINALIZED, "marked pending");
        requirePaymentStatus(PaymentStatus.PENDING, PaymentStatus.PENDING, PaymentStatus.FAILED);
        return new Copy(this).payment(PaymentStatus.PENDING).audit(changed).build();
    }

    /**
     * An ADJUSTMENT credit note of {@code amount} finalized: what is due goes down; SUCCEEDED when nothing remains.
     * The caller checked {@code amount} against what is creditable.
     */
    public Invoice withAdjustment(Money amount, Audit changed) {
        requireStatus(InvoiceStatus.FINALIZED, ErrorCode.INVOICE_NOT_FINALIZED, "credited");
        InvoiceAmounts adjusted = amounts.withAdjustment(amount);
        Copy copy = new Copy(this).amounts(adjusted).audit(changed);
        if (adjusted.amountRemaining().isZero()) {
            copy.payment(PaymentStatus.SUCCEEDED);
        }
        return copy.build();
    }

    /** A finalized ADJUSTMENT credit note of {@code amount} voided: that much is due again, and PENDING. */
    public Invoice withoutAdjustment(Money amount, Audit changed) {
        requireStatus(InvoiceStatus.FINALIZED, ErrorCode.INVOICE_NOT_FINALIZED, "credited");
        InvoiceAmounts restored = amounts.withoutAdjustment(amount);
        Copy copy = new Copy(this).amounts(restored).audit(changed);
        if (!restored.amountRemaining().isZero()) {
            copy.payment(PaymentStatus.PENDING).paidAt(null);
        }
        return copy.build();
    }

    /** A REFUND credit note of {@code amount} finalized: REFUNDED when everything paid is refunded, else partly. */
    public Invoice withRefund(Money amount, Audit changed) {
        requireStatus(InvoiceStatus.FINALIZED, ErrorCode.INVOICE_NOT_FINALIZED, "refunded");
        InvoiceAmounts refunded = amounts.withRefund(amount);
        PaymentStatus status = refunded.refunded().equals(refunded.amountPaid())
                ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        return new Copy(this).amounts(refunded).payment(status).audit(changed).build();
    }

    /**
     * The fields FlexPrice lets a client change: a DRAFT or FINALIZED invoice's due date, PDF URL and metadata; once
     * paid, the due date and PDF URL only. Null keeps a value.
     */
    public Invoice withDetails(Instant newDueDate, String newPdfUrl, Metadata newMetadata, Audit changed) {
        if (invoiceStatus != InvoiceStatus.DRAFT && invoiceStatus != InvoiceStatus.FINALIZED) {
            throw new ConflictException(ErrorCode.INVOICE_NOT_EDITABLE,
                    "invoice " + id + " is " + invoiceStatus + "; only a DRAFT or FINALIZED invoice can be updated");
        }
        if (newMetadata != null && paymentStatus == PaymentStatus.SUCCEEDED) {
            throw new ConflictException(ErrorCode.INVOICE_NOT_EDITABLE,
                    "invoice " + id + " is paid; only its due_date and invoice_pdf_url can be updated");
        }
        return new Copy(this).dueDate(newDueDate == null ? dueDate : newDueDate)
                .invoicePdfUrl(newPdfUrl == null ? invoicePdfUrl : newPdfUrl)
                .metadata(newMetadata == null ? metadata : newMetadata).audit(changed).build();
    }

    /**
     * Checks that the invoice is {@code wanted} before {@code what} is done to it.
     *
     * @throws ConflictException {@code invoice.not_draft} or {@code invoice.not_finalized} otherwise
     */
    public void requireStatus(InvoiceStatus wanted, String what) {
        requireStatus(wanted, wanted == InvoiceStatus.DRAFT ? ErrorCode.INVOICE_NOT_DRAFT
                : ErrorCode.INVOICE_NOT_FINALIZED, what);
    }

    private void requireStatus(InvoiceStatus wanted, ErrorCode code, String what) {
        if (invoiceStatus != wanted) {
            throw new ConflictException(code, "invoice " + id + " is " + invoiceStatus + "; only a " + wanted
                    + " invoice can be " + what);
        }
    }

    private void requirePaymentStatus(PaymentStatus target, PaymentStatus... from) {
        for (PaymentStatus allowed : from) {
            if (paymentStatus == allowed) {
                return;
            }
        }
        throw new ConflictException(ErrorCode.INVOICE_PAYMENT_STATUS_TRANSITION,
                "invoice " + id + " cannot go from payment status " + paymentStatus + " to " + target);
    }

    private static String plain(Money amount) {
        return amount.amount().stripTrailingZeros().toPlainString();
    }

    /** A copy with some fields changed. */
    private static final class Copy {

        private final Invoice from;
        private InvoiceStatus status;
        private PaymentStatus payment;
        private InvoiceAmounts amounts;
        private String number;
        private Instant dueDate;
        private Instant finalizedAt;
        private Instant voidedAt;
        private Instant paidAt;
        private String invoicePdfUrl;
        private Metadata metadata;
        private Audit audit;

        Copy(Invoice from) {
            this.from = from;
            status = from.invoiceStatus;
            payment = from.paymentStatus;
            amounts = from.amounts;
            number = from.invoiceNumber;
            dueDate = from.dueDate;
            finalizedAt = from.finalizedAt;
            voidedAt = from.voidedAt;
            paidAt = from.paidAt;
            invoicePdfUrl = from.invoicePdfUrl;
            metadata = from.metadata;
            audit = from.audit;
        }

        Copy status(InvoiceStatus value) {
            status = value;
            return this;
        }

        Copy payment(PaymentStatus value) {
            payment = value;
            return this;
        }

        Copy amounts(InvoiceAmounts value) {
            amounts = value;
            return this;
        }

        Copy number(String value) {
            number = value;
            return this;
        }

        Copy dueDate(Instant value) {
            dueDate = value;
            return this;
        }

        Copy finalizedAt(Instant value) {
            finalizedAt = value;
            return this;
        }

        Copy voidedAt(Instant value) {
            voidedAt = value;
            return this;
        }

        Copy paidAt(Instant value) {
            paidAt = value;
            return this;
        }

        Copy invoicePdfUrl(String value) {
            invoicePdfUrl = value;
            return this;
        }

        Copy metadata(Metadata value) {
            metadata = value;
            return this;
        }

        Copy audit(Audit value) {
            audit = value;
            return this;
        }

        Invoice build() {
            return new Invoice(from.id, from.scope, from.customerId, from.subscriptionId, from.invoiceType, status,
                    payment, from.currency, from.period, from.billingReason, from.lineItems, from.discounts,
                    from.taxes, amounts, number, dueDate, finalizedAt, voidedAt, paidAt, from.description,
                    invoicePdfUrl, metadata, audit);
        }
    }
}
