package io.flexprice.ports.application.payment;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.payment.Payment;
import io.flexprice.domain.payment.PaymentId;
import io.flexprice.domain.payment.PaymentMethodType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.invoice.Invoices;
import io.flexprice.ports.in.payment.CreatePaymentCommand;
import io.flexprice.ports.in.payment.ManagePaymentsUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.invoice.InvoiceSettlements;
import io.flexprice.ports.out.payment.CreditsPayments;
import io.flexprice.ports.out.payment.PaymentRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Payments against invoices. Every payment that moves money is recorded in the unit of work that holds its invoice's
 * lock, and is checked against the invoice as it is then: concurrent payments queue, and none takes the invoice past
 * what it is due. OFFLINE payments are recorded as received; a CREDITS payment debits the customer's wallet
 * ({@link CreditsPayments}: the wallet its {@code payment_method_id} names, else the customer's wallets in turn) in the
 * same unit of work, and is refused, changing nothing, when the credits are not enough. An invoice paid in full is
 * reported to {@link InvoiceSettlements}. Other methods need a gateway and are refused.
 */
public final class ManagePaymentsService implements ManagePaymentsUseCase {

    private final PaymentRepository payments;
    private final InvoiceRepository invoices;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final CreditsPayments credits;
    private final InvoiceSettlements settlements;

    /** Without wallets: CREDITS payments are recorded as received, and nothing is told of paid invoices. */
    public ManagePaymentsService(PaymentRepository payments, InvoiceRepository invoices, Transactions transactions,
                                 IdGenerator ids, Clock clock) {
        this(payments, invoices, transactions, ids, clock, CreditsPayments.NONE, InvoiceSettlements.NONE);
    }

    public ManagePaymentsService(PaymentRepository payments, InvoiceRepository invoices, Transactions transactions,
                                 IdGenerator ids, Clock clock, CreditsPayments credits,
                                 InvoiceSettlements settlements) {
        this.credits = credits;
        this.settlements = settlements;
        this.payments = payments;
        this.invoices = invoices;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Payment create(Caller caller, CreatePaymentCommand c) {
        Violations invalid = new Violations()
                .requireText(c.invoiceId(), "destination_id")
                .require(c.amount() != null, "amount", "is required")
                .require(c.currency() != null, "currency", "is required")
                .require(c.paymentMethodType() != null, "payment_method_type", "is required");
        InvoiceId invoiceId = c.invoiceId() == null || c.invoiceId().isBlank() ? null
                : invalid.collect(() -> new InvoiceId(c.invoiceId()));
        invalid.throwIfAny();
        Instant now = clock.instant();
        Audit audit = Audit.createdBy(caller.actor(), now);
        return transactions.inTransaction(() -> {
            Invoice invoice = Invoices.locked(invoices, caller.scope(), invoiceId);
            if (!c.currency().equals(invoice.currency())) {
                throw new ValidationException(ErrorCode.CURRENCY_MISMATCH, "currency", "must be the invoice's currency "
                        + invoice.currency().getCurrencyCode().toLowerCase(Locale.ROOT));
            }
            Money amount = new Money(c.amount(), invoice.currency());
            Payment payment = Payment.pending(new PaymentId(ids.newId("pay")), caller.scope(), invoiceId, amount,
                    c.paymentMethodType(), c.paymentMethodId(), Metadata.of(c.metadata()), audit);
            invoice.requireStatus(InvoiceStatus.FINALIZED, "paid");
            invoice.requirePayable(amount);
            if (c.processPayment() == null || c.processPayment()) {
                received(caller, invoice, payment, now);
                payment = payment.succeeded(now, audit);
            }
            payments.insert(payment);
            return payment;
        });
    }

    @Override
    public Payment process(Caller caller, PaymentId id) {
        Payment found = live(payments, caller.scope(), id);
        return transactions.inTransaction(() -> {
            Invoice invoice = Invoices.locked(invoices, caller.scope(), found.invoiceId());
            Payment current = live(payments, caller.scope(), id); // read again under the invoice's lock
            Instant now = clock.instant();
            Payment processed = current.succeeded(now, current.audit().updatedBy(caller.actor(), now));
            received(caller, invoice, current, now);
            payments.update(processed);
            return processed;
        });
    }

    @Override
    public Payment update(Caller caller, PaymentId id, Map<String, String> metadata) {
        return transactions.inTransaction(() -> {
            Payment current = live(payments, caller.scope(), id);
            Payment updated = metadata == null ? current : current.withMetadata(Metadata.of(metadata),
                    current.audit().updatedBy(caller.actor(), clock.instant()));
            payments.update(updated);
            return updated;
        });
    }

    @Override
    public void delete(Caller caller, PaymentId id) {
        Payment found = live(payments, caller.scope(), id);
        transactions.inTransaction(() -> {
            Invoices.locked(invoices, caller.scope(), found.invoiceId());
            Payment current = live(payments, caller.scope(), id);
            payments.update(current.deleted(current.audit().updatedBy(caller.actor(), clock.instant())));
        });
    }

    /**
     * Records {@code payment} against the locked {@code invoice}: a CREDITS payment's credits are debited first (a
     * refusal leaves everything as it was); an invoice paid in full is reported.
     */
    private void received(Caller caller, Invoice invoice, Payment payment, Instant now) {
        Invoice paid = invoice.withPayment(payment.amount(), now, invoice.audit().updatedBy(caller.actor(), now));
        if (payment.methodType() == PaymentMethodType.CREDITS) {
            credits.debit(caller, invoice, payment.id(), payment.paymentMethodId(), payment.amount());
        }
        invoices.update(paid);
        if (paid.paymentStatus() == PaymentStatus.SUCCEEDED) {
            settlements.paid(caller, paid);
        }
    }

    static Payment live(PaymentRepository payments, Scope scope, PaymentId id) {
        return payments.findById(scope, id).filter(Payment::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.PAYMENT_NOT_FOUND, "payment " + id + " not found"));
    }
}
