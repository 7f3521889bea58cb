package io.flexprice.ports.application.billing;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.domain.coupon.CouponType;
import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteReason;
import io.flexprice.domain.creditnote.ProrationCredits;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.subscription.CancellationType;
import io.flexprice.domain.subscription.ChargeKind;
import io.flexprice.domain.subscription.ChargeLine;
import io.flexprice.domain.subscription.ResumeMode;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionCharges;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.ports.in.coupon.AttachCouponCommand;
import io.flexprice.ports.in.coupon.AttachCouponUseCase;
import io.flexprice.ports.in.creditnote.CreateCreditNoteCommand;
import io.flexprice.ports.in.creditnote.ManageCreditNotesUseCase;
import io.flexprice.ports.in.invoice.BillSubscriptionPeriodsUseCase;
import io.flexprice.ports.in.subscription.AddAddonCommand;
import io.flexprice.ports.in.subscription.CancelSubscriptionCommand;
import io.flexprice.ports.in.subscription.ChangePlanCommand;
import io.flexprice.ports.in.subscription.CreateSubscriptionCommand;
import io.flexprice.ports.in.subscription.LineItemCommand;
import io.flexprice.ports.in.subscription.ManageSubscriptionsUseCase;
import io.flexprice.ports.in.subscription.PauseSubscriptionCommand;
import io.flexprice.ports.in.subscription.UpdateSubscriptionCommand;
import io.flexprice.ports.in.tax.FindApplicableTaxesQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import io.flexprice.ports.out.coupon.CouponRepository;
import io.flexprice.ports.out.creditnote.CreditNoteRepository;
import io.flexprice.ports.out.invoice.InvoiceFilter;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.plan.PlanRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Subscriptions that bill: {@link ManageSubscriptionsUseCase} (the subscription service it wraps) with the invoices
 * and credit notes of each change made in the same unit of work, so a change and what it bills are stored together
 * or not at all.
 *
 * <ul>
 *   <li><b>Create</b> (and activate a draft): the request's coupons are attached ({@link AttachCouponUseCase}: redeemed,
 *       limits enforced; a coupon that cannot be redeemed refuses the whole request), then the first invoice is billed:
 *       billing reason SUBSCRIPTION_CREATE, the first period, {@link SubscriptionCharges#atCreation}, with coupons
 *       and taxes, finalized (SKIPPED when it owes nothing, as in a trial). A draft is billed when activated.</li>
 *   <li><b>Cancel now</b>: the ARREAR fixed charges and usage of {@code [period start, now)} are billed as the period's
 *       SUBSCRIPTION_CYCLE invoice, through {@code BillSubscriptionPeriodsUseCase.bill(caller, id, period, true)}: the
 *       cancelled subscription's last period is cut at the cancellation, so this is the very invoice (same key, same
 *       draft) a billing loop walking the subscription's periods would make for it, and the period is never billed
 *       twice. The credit for the unused ADVANCE charges becomes a credit note on the invoice that charged them
 *       ({@link #credit}).</li>
 *   <li><b>Plan change now</b>: the settlement lines ({@link SubscriptionCharges#planChange}) that charge or credit
 *       the period from the change (PRORATION, and the new first period's ADVANCE charges when the cycle restarts)
 *       are billed as a PRORATION invoice for {@code [change, period end)} when they come to zero or more; when they
 *       come to a credit, that net credit becomes a credit note. When the cycle restarts, the ARREAR charges and
 *       usage of {@code [old period start, change)} are billed as that period's SUBSCRIPTION_CYCLE invoice.
 *       A change at the period end bills nothing now.</li>
 *   <li><b>Addon added or removed, pause, resume</b>: the same PRORATION path ({@link #prorate}) for the
 *       re-pricing of the current period's ADVANCE charges (and an added addon's one-time ADVANCE charges).</li>
 * </ul>
 *
 * <p>Credits: a negative charge line of a subscription line item is given back on the latest FINALIZED invoice line
 * of the subscription charging that line item (found by the {@value SubscriptionDraftBuilder#LINE_ITEM_KEY} of
 * its metadata) for a service period containing the credited one. The credit note is what the invoice line
 * comes to (with its discounts and taxes) in the proportion the credit bears to the line's amount, rounded once,
 * never more than what the line and the invoice can still be credited: an ADJUSTMENT while the invoice is unpaid,
 * a REFUND once paid (credit notes decide that by the invoice's payment status). A credit with no such invoice line
 * (the advance invoice is voided, a draft, or was never made) is not issued: nothing was charged that could be
 * given back.
 */
public final class BillingSubscriptionsService implements ManageSubscriptionsUseCase {

    private final ManageSubscriptionsUseCase subscriptions;
    private final BillSubscriptionPeriodsUseCase periods;
    private final AttachCouponUseCase attachCoupon;
    private final CouponRepository coupons;
    private final InvoiceRepository invoices;
    private final CreditNoteRepository creditNotes;
    private final ManageCreditNotesUseCase manageCreditNotes;
    private final SubscriptionDraftBuilder builder;
    private final Transactions transactions;
    private final Clock clock;

    public BillingSubscriptionsService(ManageSubscriptionsUseCase subscriptions, BillSubscriptionPeriodsUseCase periods,
                                       AttachCouponUseCase attachCoupon, CouponRepository coupons,
                                       CouponAssociationRepository couponAssociations, FindApplicableTaxesQuery taxes,
                                       PlanRepository plans, MeterRepository meters, InvoiceRepository invoices,
                                       CreditNoteRepository creditNotes, ManageCreditNotesUseCase manageCreditNotes,
                                       Transactions transactions, Clock clock) {
        this.subscriptions = subscriptions;
        this.periods = periods;
        this.attachCoupon = attachCoupon;
        this.coupons = coupons;
        this.invoices = invoices;
        this.creditNotes = creditNotes;
        this.manageCreditNotes = manageCreditNotes;
        this.builder = new SubscriptionDraftBuilder(plans, meters, couponAssociations, coupons, taxes);
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Subscription create(Caller caller, CreateSubscriptionCommand command) {
        return transactions.inTransaction(() -> {
            List<Coupon> attached = redeemable(caller, command);
            Subscription created = subscriptions.create(caller, command);
            for (Coupon coupon : attached) {
                attachCoupon.attach(caller, new AttachCouponCommand(coupon.id(), created.id().value(), null,
                        created.currency(), created.startDate(), null, Map.of()));
            }
            billFirstInvoice(caller, created);
            return created;
        });
    }

    @Override
    public Subscription activate(Caller caller, SubscriptionId id, Instant startDate) {
        return transactions.inTransaction(() -> {
            Subscription active = subscriptions.activate(caller, id, startDate);
            billFirstInvoice(caller, active);
            return active;
        });
    }

    @Override
    public Cancellation cancel(Caller caller, SubscriptionId id, CancelSubscriptionCommand command) {
        return transactions.inTransaction(() -> {
            Cancellation cancellation = subscriptions.cancel(caller, id, command);
            if (cancellation.type() != CancellationType.IMMEDIATE) {
                return cancellation;
            }
            Subscription cancelled = cancellation.subscription();
            Period last = cancelled.currentPeriod();
            Instant at = cancellation.effectiveDate();
            if (at != null && at.equals(last.end()) && at.isAfter(last.start())) {
                periods.bill(caller, id.value(), last, true);
            }
            credit(caller, cancelled, cancellation.charges().stream()
                    .filter(line -> line.kind() == ChargeKind.PRORATION && line.amount().isNegative()).toList(),
                    null, CreditNoteReason.SUBSCRIPTION_CANCELLATION, "Unused time after the cancellation");
            return cancellation;
        });
    }

    @Override
    public PlanChange executeChange(Caller caller, SubscriptionId id, ChangePlanCommand command) {
        return transactions.inTransaction(() -> {
            PlanChange change = subscriptions.executeChange(caller, id, command);
            Subscription before = change.before();
            Subscription after = change.after();
            Instant at = change.effectiveDate();
            Period now = after.currentPeriod();
            if (change.charges().isEmpty() || !at.isBefore(now.end())) {
                return change;
            }
            boolean restarts = !now.start().equals(before.currentPeriod().start());
            List<ChargeLine> settled = new ArrayList<>();
            List<ChargeLine> fromChange = new ArrayList<>();
            for (ChargeLine line : change.charges()) {
                boolean arrear = line.kind() != ChargeKind.PRORATION && line.cadence() == InvoiceCadence.ARREAR;
                (arrear ? settled : fromChange).add(line);
            }
            if (restarts && at.isAfter(before.currentPeriod().start())) {
                periods.bill(caller, builder.draft(before, new Period(before.currentPeriod().start(), at),
                        BillingReason.SUBSCRIPTION_CYCLE, settled), true);
            }
            prorate(caller, before, after, at, fromChange, "Net credit of the plan change");
            return change;
        });
    }

    @Override
    public AddonChange addAddon(Caller caller, AddAddonCommand command) {
        return transactions.inTransaction(() -> {
            AddonChange change = subscriptions.addAddon(caller, command);
            prorate(caller, change.before(), change.after(), change.association().startDate(), change.charges(),
                    "Net credit of the addon change");
            return change;
        });
    }

    @Override
    public AddonChange removeAddon(Caller caller, String associationId, String reason) {
        return transactions.inTransaction(() -> {
            AddonChange change = subscriptions.removeAddon(caller, associationId, reason);
            prorate(caller, change.before(), change.after(), clock.instant(), change.charges(),
                    "Unused time of the removed addon");
            return change;
        });
    }

    @Override
    public PauseChange pause(Caller caller, SubscriptionId id, PauseSubscriptionCommand command) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            PauseChange change = subscriptions.pause(caller, id, command);
            Instant start = change.pause().pauseStart() != null && change.pause().pauseStart().isAfter(now)
                    ? change.pause().pauseStart() : now;
            prorate(caller, change.subscription(), change.subscription(), start, change.charges(),
                    "Paused time of the period");
            return change;
        });
    }

    @Override
    public PauseChange resume(Caller caller, SubscriptionId id, ResumeMode mode, boolean dryRun) {
        return transactions.inTransaction(() -> {
            PauseChange change = subscriptions.resume(caller, id, mode, dryRun);
            prorate(caller, change.subscription(), change.subscription(), clock.instant(), change.charges(),
                    "Net credit of the resumption");
            return change;
        });
    }

    // ---------------------------------------------------------------- unchanged

    @Override
    public Subscription update(Caller caller, SubscriptionId id, UpdateSubscriptionCommand command) {
        return subscriptions.update(caller, id, command);
    }

    @Override
    public LineItemChange addLineItem(Caller caller, SubscriptionId id, LineItemCommand command) {
        return subscriptions.addLineItem(caller, id, command);
    }

    @Override
    public LineItemChange updateLineItem(Caller caller, SubscriptionLineItemId lineId, LineItemCommand command) {
        return subscriptions.updateLineItem(caller, lineId, command);
    }

    @Override
    public LineItemChange deleteLineItem(Caller caller, SubscriptionLineItemId lineId, Instant effectiveFrom) {
        return subscriptions.deleteLineItem(caller, lineId, effectiveFrom);
    }

    @Override
    public PlanChange previewChange(Caller caller, SubscriptionId id, ChangePlanCommand command) {
        return subscriptions.previewChange(caller, id, command);
    }

    // ---------------------------------------------------------------- internals

    /**
     * The request's coupons, checked before anything is written: each exists, can be redeemed now and, if fixed,
     * is in the subscription's currency. Attaching checks again atomically (a concurrent redemption may take the
     * last one; the unit of work then rolls back).
     */
    private List<Coupon> redeemable(Caller caller, CreateSubscriptionCommand command) {
        Instant now = clock.instant();
        Violations invalid = new Violations();
        List<Coupon> found = new ArrayList<>();
        for (int i = 0; i < command.coupons().size(); i++) {
            String id = command.coupons().get(i);
            String field = "coupons[" + i + "]";
            if (id == null || id.isBlank()) {
                invalid.add(field, "is required");
                continue;
            }
            Optional<Coupon> coupon = coupons.findById(caller.scope(), CouponId.of(id)).filter(Coupon::isLive);
            if (coupon.isEmpty()) {
                invalid.add(field, "no coupon " + id);
            } else if (coupon.get().type() == CouponType.FIXED && command.currency() != null
                    && !coupon.get().currency().equals(command.currency())) {
                invalid.add(field, "coupon " + id + " takes an amount off in "
                        + coupon.get().currency().getCurrencyCode().toLowerCase(Locale.ROOT)
                        + ", not in the subscription's currency");
            } else if (found.stream().anyMatch(c -> c.id().equals(coupon.get().id()))) {
                invalid.add(field, "coupon " + id + " is given twice");
            } else {
                found.add(coupon.get());
            }
        }
        invalid.throwIfAny();
        for (Coupon coupon : found) {
            Coupon.Redeemability redeemability = coupon.redeemabilityAt(now);
            if (redeemability != Coupon.Redeemability.REDEEMABLE) {
                throw coupon.refusal(redeemability);
            }
        }
        return found;
    }

    private void billFirstInvoice(Caller caller, Subscription subscription) {
        if (subscription.subscriptionStatus() == SubscriptionStatus.DRAFT) {
            return;
        }
        periods.bill(caller, builder.draft(subscription, subscription.currentPeriod(),
                BillingReason.SUBSCRIPTION_CREATE, SubscriptionCharges.atCreation(subscription)), true);
    }

    /**
     * The PRORATION path of a change inside the current period (plan change, addon added or removed, pause,
     * resume): the re-pricing lines {@code fromChange}, when they come to zero or more, are billed as a PRORATION
     * invoice for {@code [at, period end)} of {@code after}; when they come to a credit, that net credit becomes a
     * credit note on the invoices that charged the credited lines ({@link #credit}, found through {@code before}).
     * A change at or after the period end bills nothing now. A period's invoice is keyed by its period and billing
     * reason, so a second change at the very same instant (its {@code [at, period end)} has a PRORATION invoice
     * already) is billed with reason SUBSCRIPTION_UPDATE instead; a third is refused
     * ({@code subscription.change_already_invoiced}, 409), rolling the change back, rather than left unbilled.
     */
    private void prorate(Caller caller, Subscription before, Subscription after, Instant at,
                         List<ChargeLine> fromChange, String memo) {
        Period now = after.currentPeriod();
        if (fromChange.isEmpty() || !at.isBefore(now.end())) {
            return;
        }
        Money net = fromChange.stream().map(ChargeLine::amount).reduce(Money.zero(after.currency()), Money::plus);
        if (!net.isNegative()) {
            Period period = new Period(at.isBefore(now.start()) ? now.start() : at, now.end());
            BillingReason reason = BillingReason.PRORATION;
            if (invoices.findLiveForPeriod(caller.scope(), after.id().value(), period, reason).isPresent()) {
                reason = BillingReason.SUBSCRIPTION_UPDATE;
                if (invoices.findLiveForPeriod(caller.scope(), after.id().value(), period, reason).isPresent()) {
                    throw new ConflictException(ErrorCode.SUBSCRIPTION_CHANGE_ALREADY_INVOICED, "subscription "
                            + after.id() + " has two changes invoiced from " + period.start() + " already; try again");
                }
            }
            periods.bill(caller, builder.draft(after, period, reason, fromChange), true);
        } else {
            credit(caller, before, fromChange.stream().filter(line -> line.amount().isNegative()).toList(),
                    net.negate(), CreditNoteReason.ORDER_CHANGE, memo);
        }
    }

    /**
     * Gives back {@code credits} (negative charge lines of line items) on the FINALIZED invoice lines that charged
     * them, one credit note per invoice, finalized at once. {@code limit}, when given, caps the total given back
     * (a plan change's net credit), taken from the credits in order.
     */
    private void credit(Caller caller, Subscription subscription, List<ChargeLine> credits, Money limit,
                        CreditNoteReason reason, String memo) {
        if (credits.isEmpty()) {
            return;
        }
        List<Invoice> charged = invoices.search(caller.scope(), new InvoiceFilter(null, null,
                subscription.id().value(), null, List.of(InvoiceStatus.FINALIZED), null, null, null, null, null, null,
                null), PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .sorted(Comparator.comparing((Invoice invoice) -> invoice.audit().createdAt()).reversed()).toList();
        Map<InvoiceId, List<CreditNote>> existing = new HashMap<>();
        Map<Invoice, List<CreditNote.RequestedLine>> notes = ProrationCredits.allocate(charged, credits,
                line -> line.metadata().values().get(SubscriptionDraftBuilder.LINE_ITEM_KEY),
                id -> existing.computeIfAbsent(id, i -> creditNotes.findByInvoice(caller.scope(), i)), limit);
        notes.forEach((invoice, lines) -> manageCreditNotes.create(caller, new CreateCreditNoteCommand(
                invoice.id().value(), reason, memo, lines, null, true, Map.of(
                        "subscription_id", subscription.id().value()))));
    }
}
