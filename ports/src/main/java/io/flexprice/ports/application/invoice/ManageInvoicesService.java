package io.flexprice.ports.application.invoice;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.creditnote.CreditNoteStatus;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.InvoiceType;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.payment.Payment;
import io.flexprice.domain.payment.PaymentId;
import io.flexprice.domain.payment.PaymentMethodType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.ports.in.invoice.BillSubscriptionPeriodsUseCase;
import io.flexprice.ports.in.invoice.CreateInvoiceCommand;
import io.flexprice.ports.in.invoice.ManageInvoicesUseCase;
import io.flexprice.ports.in.invoice.UpdateInvoiceCommand;
import io.flexprice.ports.in.invoice.UpdatePaymentStatusCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.SequenceRepository;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.creditnote.CreditNoteRepository;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.invoice.InvoiceCouponsAndTaxes.CouponRequest;
import io.flexprice.ports.out.invoice.InvoiceCouponsAndTaxes;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.invoice.InvoiceSettlements;
import io.flexprice.ports.out.invoice.PrepaidCredits;
import io.flexprice.ports.out.invoice.SubscriptionInvoiceDrafts;
import io.flexprice.ports.out.payment.CreditsPayments;
import io.flexprice.ports.out.payment.PaymentRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

public final class ManageInvoicesService implements ManageInvoicesUseCase {

    private final InvoiceRepository invoices;
    private final PaymentRepository payments;
    private final CreditNoteRepository creditNotes;
    private final CustomerRepository customers;
    private final SubscriptionInvoiceDrafts drafts;
    private final InvoiceCouponsAndTaxes couponsAndTaxes;
    private final BillSubscriptionPeriodsUseCase periods;
    private final InvoiceClosing closing;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final CreditsPayments credits;
    private final InvoiceSettlements settlements;

    /** Without wallets: an attempt to pay pays nothing, and nothing is told of paid or voided invoices. */
    public ManageInvoicesService(InvoiceRepository invoices, PaymentRepository payments,
                                 CreditNoteRepository creditNotes, CustomerRepository customers,
                                 SubscriptionInvoiceDrafts drafts, InvoiceCouponsAndTaxes couponsAndTaxes,
                                 BillSubscriptionPeriodsUseCase periods, SequenceRepository sequences,
                                 InvoiceSettings settings, Transactions transactions, IdGenerator ids, Clock clock) {
        this(invoices, payments, creditNotes, customers, drafts, couponsAndTaxes, periods, sequences, settings,
                transactions, ids, clock, CreditsPayments.NONE, InvoiceSettlements.NONE, PrepaidCredits.NONE);
    }

    /**
     * @param credits pays what remains from the customer's wallets ({@link #attemptPayment})
     * @param settlements told of every invoice paid in full or voided here, in the same unit of work
     * @param prepaid pays a subscription invoice with prepaid credits when it is finalized here
     */
    public ManageInvoicesService(InvoiceRepository invoices, PaymentRepository payments,
                                 CreditNoteRepository creditNotes, CustomerRepository customers,
                                 SubscriptionInvoiceDrafts drafts, InvoiceCouponsAndTaxes couponsAndTaxes,
                                 BillSubscriptionPeriodsUseCase periods, SequenceRepository sequences,
                                 InvoiceSettings settings, Transactions transactions, IdGenerator ids, Clock clock,
                                 CreditsPayments credits, InvoiceSettlements settlements, PrepaidCredits prepaid) {
        this.credits = credits;
        this.settlements = settlements;
        this.invoices = invoices;
        this.payments = payments;
        this.creditNotes = creditNotes;
        this.customers = customers;
        this.drafts = drafts;
        this.couponsAndTaxes = couponsAndTaxes;
        this.periods = periods;
        this.closing = new InvoiceClosing(sequences, settings, prepaid, ids);
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Every field's violations are reported at once ({@code line_items[1].amount}); then the customer must exist;
     * then coupons and tax rates are resolved. Nothing is stored unless everything is valid.
     */
    @Override
    public Invoice create(Caller caller, CreateInvoiceCommand c) {
        Instant now = clock.instant();
        Audit audit = Audit.createdBy(caller.actor(), now);
        Violations invalid = new Violations();
        invalid.requireText(c.customerId(), "customer_id");
        CustomerId customerId = optional(invalid, c.customerId(), "", CustomerId::new);
        Currency currency = invalid.collect(() -> Money.parseCurrency(c.currency(), "currency"));
        Period period = period(invalid, c.periodStart(), c.periodEnd(), "");
        InvoiceStatus status = c.invoiceStatus() == null ? InvoiceStatus.FINALIZED : c.invoiceStatus();
        invalid.require(status == InvoiceStatus.DRAFT || status == InvoiceStatus.FINALIZED, "invoice_status",
                "must be DRAFT or FINALIZED");
        invalid.require(c.paymentStatus() == null || c.paymentStatus() == PaymentStatus.PENDING
                || c.paymentStatus() == PaymentStatus.SUCCEEDED, "payment_status", "must be PENDING or SUCCEEDED");
        invalid.require(c.amountPaid() == null || c.amountPaid().signum() >= 0, "amount_paid", "must not be negative");
        boolean paying = c.paymentStatus() == PaymentStatus.SUCCEEDED
                || c.amountPaid() != null && c.amountPaid().signum() > 0;
        invalid.require(!paying || status == InvoiceStatus.FINALIZED, "payment_status",
                "only a FINALIZED invoice is paid; leave invoice_status out or send FINALIZED");
        List<InvoiceDraft.Line> lines = lines(invalid, c.lineItems(), currency);
        List<CouponRequest> coupons = new ArrayList<>();
        c.coupons().forEach(coupon -> coupons.add(new CouponRequest(coupon.couponId(), coupon.couponAssociationId(),
                null)));
        for (int i = 0; i < c.lineItemCoupons().size(); i++) {
            CreateInvoiceCommand.LineCoupon coupon = c.lineItemCoupons().get(i);
            int line = lineOfPrice(c.lineItems(), coupon.priceId());
            invalid.require(line >= 0, "line_item_coupons[" + i + "].line_item_id",
                    "no line item has the price " + coupon.priceId());
            coupons.add(new CouponRequest(coupon.couponId(), coupon.couponAssociationId(), line < 0 ? null : line));
        }
        invalid.throwIfAny();

        liveCustomer(caller, customerId);
        List<InvoiceDraft.Discount> discounts = couponsAndTaxes.discounts(caller.scope(), customerId, currency,
                coupons, "coupons");
        List<InvoiceDraft.Tax> taxes = couponsAndTaxes.taxes(caller.scope(), customerId, c.taxRates(), "tax_rates");
        InvoiceDraft draft = new InvoiceDraft(customerId, null, period, currency, c.billingReason(), lines, discounts,
                taxes, c.dueDate(), c.description(), Metadata.of(c.metadata()));

        return transactions.inTransaction(() -> {
            Invoice invoice = Invoice.draft(Invoices.newId(ids), caller.scope(), draft, Invoices.lineIds(ids, draft),
                    audit);
            if (c.invoicePdfUrl() != null) {
                invoice = invoice.withDetails(null, c.invoicePdfUrl(), null, audit);
            }
            Money paid = paying ? amountPaid(invoice, c) : null;
            if (paid != null) {
                invoice.requirePayable(paid);
            }
            if (status == InvoiceStatus.FINALIZED) {
                invoice = closing.close(invoice, now, audit);
            }
            invoices.insert(invoice);
            if (paid != null) {
                invoice = recordPayment(caller, invoice, paid, "invoice_create", now, audit);
                invoices.update(invoice);
            }
            return invoice;
        });
    }

    @Override
    public Invoice update(Caller caller, InvoiceId id, UpdateInvoiceCommand c) {
        return transactions.inTransaction(() -> {
            Invoice current = Invoices.locked(invoices, caller.scope(), id);
            Invoice updated = current.withDetails(c.dueDate(), c.invoicePdfUrl(),
                    c.metadata() == null ? null : Metadata.of(c.metadata()), changed(caller, current));
            invoices.update(updated);
            return updated;
        });
    }

    @Override
    public Invoice finalize(Caller caller, InvoiceId id) {
        return transactions.inTransaction(() -> {
            Invoice current = Invoices.locked(invoices, caller.scope(), id);
            Invoice closed = closing.close(caller, current, clock.instant(), changed(caller, current));
            invoices.update(closed);
            return closed;
        });
    }

    @Override
    public Invoice voidInvoice(Caller caller, InvoiceId id, Metadata metadata) {
        return transactions.inTransaction(() -> {
            Invoice current = Invoices.locked(invoices, caller.scope(), id);
            boolean credited = creditNotes.findByInvoice(caller.scope(), id).stream()
                    .anyMatch(note -> note.creditNoteStatus() != CreditNoteStatus.VOIDED);
            if (credited) {
                throw new ConflictException(ErrorCode.INVOICE_HAS_CREDIT_NOTES,
                        "invoice " + id + " has credit notes; void them before the invoice");
            }
            Invoice voided = current.voided(clock.instant(), metadata, changed(caller, current));
            invoices.update(voided);
            settlements.voided(caller, voided);
            return voided;
        });
    }

    @Override
    public Invoice recalculate(Caller caller, InvoiceId id, boolean finalize) {
        Invoice current = Invoices.found(invoices, caller.scope(), id);
        if (current.invoiceType() != InvoiceType.SUBSCRIPTION
                || current.invoiceStatus() != InvoiceStatus.DRAFT && current.invoiceStatus() != InvoiceStatus.VOIDED) {
            throw new ConflictException(ErrorCode.INVOICE_NOT_RECALCULABLE, "invoice " + id + " is a "
                    + current.invoiceStatus() + " " + current.invoiceType() + " invoice; only a subscription's DRAFT "
                    + "or VOIDED invoice can be recalculated");
        }
        boolean first = current.billingReason() == BillingReason.SUBSCRIPTION_CREATE;
        if (!first && current.billingReason() != BillingReason.SUBSCRIPTION_CYCLE) {
            throw new ConflictException(ErrorCode.INVOICE_NOT_RECALCULABLE, "invoice " + id + " bills a change to its "
                    + "subscription (" + current.billingReason() + "); only a subscription's first invoice or a period's "
                    + "invoice can be recalculated");
        }
        if (current.invoiceStatus() == InvoiceStatus.VOIDED) {
            return first
                    ? periods.bill(caller, drafts.draftAtCreation(caller.scope(), current.subscriptionId(),
                            current.period()), finalize).invoice()
                    : periods.bill(caller, current.subscriptionId(), current.period(), finalize).invoice();
        }
        InvoiceDraft fresh = first
                ? drafts.draftAtCreation(caller.scope(), current.subscriptionId(), current.period())
                : drafts.draft(caller.scope(), current.subscriptionId(), current.period());
        return transactions.inTransaction(() -> {
            Invoice locked = Invoices.locked(invoices, caller.scope(), id);
            Instant now = clock.instant();
            Audit changed = changed(caller, locked);
            Invoice recalculated = locked.recalculated(fresh, Invoices.lineIds(ids, fresh), changed);
            if (finalize) {
                recalculated = closing.close(caller, recalculated, now, changed);
            }
            invoices.update(recalculated);
            return recalculated;
        });
    }

    @Override
    public Invoice updatePaymentStatus(Caller caller, InvoiceId id, UpdatePaymentStatusCommand c) {
        if (c.paymentStatus() == null) {
            throw ValidationException.of("payment_status", "is required");
        }
        return transactions.inTransaction(() -> {
            Invoice current = Invoices.locked(invoices, caller.scope(), id);
            current.requireStatus(InvoiceStatus.FINALIZED, "given a payment status");
            Instant now = clock.instant();
            Audit changed = changed(caller, current);
            Money amount = c.amount() == null ? null : new Money(c.amount(), current.currency());
            Invoice updated = switch (c.paymentStatus()) {
                case PENDING -> amount != null ? recordPayment(caller, current, amount, "invoice_payment_status", now,
                        changed) : current.withPaymentPending(changed);
                case SUCCEEDED -> succeeded(caller, current, amount, now, changed);
                case FAILED -> {
                    if (amount != null) {
                        throw ValidationException.of("amount", "is not used with payment_status FAILED");
                    }
                    yield current.withPaymentFailed(changed);
                }
                default -> throw ValidationException.of("payment_status", "must be PENDING, SUCCEEDED or FAILED");
            };
            if (updated != current) {
                invoices.update(updated);
            }
            return updated;
        });
    }

    @Override
    public Money attemptPayment(Caller caller, InvoiceId id) {
        return transactions.inTransaction(() -> {
            Invoice invoice = Invoices.locked(invoices, caller.scope(), id);
            invoice.requireStatus(InvoiceStatus.FINALIZED, "paid");
            if (invoice.amounts().amountRemaining().isZero()) {
                throw new ConflictException(ErrorCode.INVOICE_ALREADY_PAID,
                        "invoice " + id + " has nothing left to pay");
            }
            Instant now = clock.instant();
            Money paid = invoice.zero();
            List<CreditsPayments.Part> parts = credits.payFromWallets(caller, invoice, ids.newId("attempt"));
            for (CreditsPayments.Part part : parts) {
                invoice = recordPayment(caller, invoice, part.amount(), PaymentMethodType.CREDITS, part.walletId(),
                        "invoice_attempt_payment", now, changed(caller, invoice));
                paid = paid.plus(part.amount());
            }
            if (!parts.isEmpty()) {
                invoices.update(invoice);
            }
            return paid;
        });
    }

    private Invoice succeeded(Caller caller, Invoice current, Money amount, Instant now, Audit changed) {
        Money remaining = current.amounts().amountRemaining();
        if (amount != null && !amount.equals(remaining)) {
            throw new ValidationException(ErrorCode.PAYMENT_EXCEEDS_AMOUNT_REMAINING, "amount",
                    "must equal the amount remaining, " + remaining.amount().stripTrailingZeros().toPlainString()
                            + ", to mark the invoice SUCCEEDED; send payment_status PENDING to record a part of it");
        }
        if (remaining.isZero()) {
            if (current.paymentStatus() == PaymentStatus.SUCCEEDED) {
                return current; // already paid: nothing to record
            }
            throw new ConflictException(ErrorCode.INVOICE_PAYMENT_STATUS_TRANSITION,
                    "invoice " + current.id() + " is " + current.paymentStatus() + " and has nothing left to pay");
        }
        return recordPayment(caller, current, remaining, "invoice_payment_status", now, changed);
    }

    /**
     * Records {@code amount} as a succeeded OFFLINE payment of the stored {@code invoice}; returns the invoice paid,
     * for the caller to store.
     */
    private Invoice recordPayment(Caller caller, Invoice invoice, Money amount, String source, Instant now,
                                  Audit changed) {
        return recordPayment(caller, invoice, amount, PaymentMethodType.OFFLINE, null, source, now, changed);
    }

    /** As above, by {@code method}; an invoice paid in full is reported to the settlements. */
    private Invoice recordPayment(Caller caller, Invoice invoice, Money amount, PaymentMethodType method,
                                  String methodId, String source, Instant now, Audit changed) {
        Invoice paid = invoice.withPayment(amount, now, changed);
        Payment payment = Payment.pending(new PaymentId(ids.newId("pay")), caller.scope(), invoice.id(), amount,
                method, methodId, Metadata.of(Map.of("source", source)),
                Audit.createdBy(caller.actor(), now)).succeeded(now, Audit.createdBy(caller.actor(), now));
        payments.insert(payment);
        if (paid.paymentStatus() == PaymentStatus.SUCCEEDED) {
            settlements.paid(caller, paid);
        }
        return paid;
    }

    private static Money amountPaid(Invoice invoice, CreateInvoiceCommand c) {
        Money remaining = invoice.amounts().amountRemaining();
        if (c.amountPaid() == null) {
            return remaining.isZero() ? null : remaining;
        }
        Money paid = new Money(c.amountPaid(), invoice.currency());
        if (c.paymentStatus() == PaymentStatus.SUCCEEDED && !paid.equals(remaining)) {
            throw ValidationException.of("amount_paid", "must equal the invoice's total, "
                    + remaining.amount().stripTrailingZeros().toPlainString() + ", with payment_status SUCCEEDED");
        }
        return paid.isZero() ? null : paid;
    }

    private Customer liveCustomer(Caller caller, CustomerId id) {
        return customers.findById(caller.scope(), id).filter(Customer::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND, "customer " + id + " not found"));
    }

    private static List<InvoiceDraft.Line> lines(Violations invalid, List<CreateInvoiceCommand.Line> commands,
                                                 Currency currency) {
        List<InvoiceDraft.Line> lines = new ArrayList<>();
        invalid.require(!commands.isEmpty(), "line_items", "at least one line item is required");
        for (int i = 0; i < commands.size(); i++) {
            String at = "line_items[" + i + "].";
            CreateInvoiceCommand.Line c = commands.get(i);
            if (c == null) {
                invalid.add("line_items[" + i + "]", "is required");
                continue;
            }
            PriceId priceId = optional(invalid, c.priceId(), at, PriceId::new);
            MeterId meterId = optional(invalid, c.meterId(), at, MeterId::new);
            Period period = period(invalid, c.periodStart(), c.periodEnd(), at);
            // with an invalid currency (reported already) the line's other fields are still checked, in any currency
            Money amount = c.amount() == null ? null
                    : new Money(c.amount(), currency == null ? Currency.getInstance("USD") : currency);
            invalid.require(c.amount() == null || c.amount().signum() >= 0, at + "amount",
                    "must not be negative on a one-off invoice");
            InvoiceDraft.Line line = invalid.collect(at, () -> new InvoiceDraft.Line(priceId, c.priceType(), meterId,
                    c.meterDisplayName(), c.entityType(), c.entityId(), c.planDisplayName(), c.displayName(),
                    c.quantity(), amount, period, Metadata.of(c.metadata())));
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static int lineOfPrice(List<CreateInvoiceCommand.Line> lines, String priceId) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) != null && priceId != null && priceId.equals(lines.get(i).priceId())) {
                return i;
            }
        }
        return -1;
    }

    private static Period period(Violations invalid, Instant start, Instant end, String prefix) {
        if (start == null && end == null) {
            return null;
        }
        return invalid.collect(prefix, () -> new Period(start, end));
    }

    /** A typed id; its own violation (named by the id type, {@code price_id}) is put under {@code prefix}. */
    private static <T> T optional(Violations invalid, String value, String prefix, Function<String, T> parse) {
        return value == null || value.isBlank() ? null : invalid.collect(prefix, () -> parse.apply(value));
    }

    private Audit changed(Caller caller, Invoice current) {
        return current.audit().updatedBy(caller.actor(), clock.instant());
    }
}
