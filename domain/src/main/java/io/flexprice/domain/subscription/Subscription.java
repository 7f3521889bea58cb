package io.flexprice.domain.subscription;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.tenancy.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A customer's subscription to a plan: its line items (snapshots of the plan's prices, see
 * {@link SubscriptionLineItem}), the billing schedule its periods follow, and where it is in its life.
 *
 * <p>Every change is a pure function of the current state and an instant: nothing here reads a clock. The
 * billing loop moves a subscription through time with {@link #advancedTo(Instant)} and asks
 * {@link SubscriptionCharges} what each boundary charges before moving it on.
 *
 * <ul>
 *   <li>{@code currentPeriod}: the billing period the subscription is in, half-open. A subscription whose
 *       start is in the future is in its first period already.</li>
 *   <li>Trial {@code [trialStart, trialEnd)}: status {@link SubscriptionStatus#TRIALING}, and no fixed charges
 *       nor usage for that time; periods are cut as without a trial, so a trial may end mid-period.</li>
 *   <li>{@code cancelAt}: when the subscription ends (a scheduled or immediate cancellation);
 *       {@code endDate}: the end it was created with. The period containing either is cut there.</li>
 *   <li>{@code pauses}: see {@link SubscriptionPause}. Periods are not shifted by a pause.</li>
 *   <li>{@code scheduledChange}: a plan change waiting for a period end; its line items are already here.</li>
 * </ul>
 */
public record Subscription(SubscriptionId id, Scope scope, CustomerId customerId, PlanId planId, String lookupKey,
                           SubscriptionStatus subscriptionStatus, Currency currency, SubscriptionBilling billing,
                           Instant startDate, Instant endDate, Instant trialStart, Instant trialEnd,
                           Period currentPeriod, boolean cancelAtPeriodEnd, Instant cancelAt, Instant cancelledAt,
                           Commitment commitment, ProrationBehavior prorationBehavior,
                           List<SubscriptionLineItem> lineItems, List<SubscriptionPause> pauses,
                           ScheduledChange scheduledChange, Metadata metadata, Status status, Audit audit) {

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(planId, "planId");
        Objects.requireNonNull(subscriptionStatus, "subscriptionStatus");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(currentPeriod, "currentPeriod");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        lineItems = List.copyOf(lineItems);
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        commitment = commitment == null ? Commitment.NONE : commitment;
        prorationBehavior = prorationBehavior == null ? ProrationBehavior.CREATE_PRORATIONS : prorationBehavior;
        lookupKey = lookupKey == null || lookupKey.isBlank() ? null : lookupKey;
        Violations violations = new Violations()
                .require(endDate == null || endDate.isAfter(startDate), "end_date", "must be after start_date")
                .require(trialEnd == null || trialStart != null && trialEnd.isAfter(trialStart), "trial_end",
                        "must be after trial_start")
                .maxLength(lookupKey, 255, "lookup_key");
        for (int i = 0; i < lineItems.size(); i++) {
            SubscriptionLineItem line = lineItems.get(i);
            violations.require(line.terms().currency().equals(currency), "line_items[" + i + "].currency",
                    "must be the subscription's currency " + currency.getCurrencyCode().toLowerCase()
                            + ": a subscription never mixes two currencies");
        }
        violations.throwIfAny();
    }

    /**
     * A new subscription to {@code spec.planId()}: one line item per plan price in the subscription's currency
     * billed on its period (FlexPrice's eligibility rule; the others are left out, so two currencies never mix),
     * with {@code spec.overrides()} applied, plus {@code spec.extraLines()}. The first period is the schedule's
     * ({@code BillingSchedule.firstPeriod}): partial on a calendar cycle that starts mid-period. The status is
     * DRAFT if asked, else TRIALING within a trial, else ACTIVE.
     *
     * @param planPrices the plan's live prices at the start date
     * @param lineIds new line item ids, one per line
     * @param audit its creation; {@code audit.createdAt()} is now
     * @throws ValidationException naming every invalid field ({@code override_line_items[1].price_id},
     *     {@code line_items[0].price_id}, {@code plan_id} when no price is eligible)
     */
    public static Subscription create(NewSubscription spec, List<ListedPrice> planPrices,
                                      Supplier<SubscriptionLineItemId> lineIds, Audit audit) {
        Violations invalid = new Violations();
        invalid.require(spec.customerId() != null, "customer_id", "is required")
                .require(spec.planId() != null, "plan_id", "is required")
                .require(spec.currency() != null, "currency", "is required")
                .require(spec.startDate() != null, "start_date", "is required")
                .require(spec.trialEnd() != null || spec.trialStart() == null, "trial_end",
                        "is required with trial_start");
        Instant start = spec.startDate();
        SubscriptionBilling billing = invalid.collect(() -> new SubscriptionBilling(spec.cycle(),
                spec.anchor() != null ? spec.anchor() : start, spec.period(), spec.periodCount(), spec.zone()));
        invalid.throwIfAny();
        Map<PriceId, PriceOverride> overrides = new HashMap<>();
        for (int i = 0; i < spec.overrides().size(); i++) {
            PriceOverride override = spec.overrides().get(i);
            String at = "override_line_items[" + i + "].";
            boolean known = planPrices.stream().anyMatch(p -> p.id().equals(override.priceId()));
            invalid.require(known, at + "price_id", "is not a price of plan " + spec.planId());
            invalid.require(overrides.put(override.priceId(), override) == null, at + "price_id",
                    "is overridden twice");
        }
        List<SubscriptionLineItem> lines = new ArrayList<>();
        for (ListedPrice price : planPrices) {
            if (!SubscriptionLineItem.isEligible(price.terms(), spec.currency(), spec.period(), spec.periodCount())) {
                continue;
            }
            PriceOverride override = overrides.get(price.id());
            int index = override == null ? -1 : spec.overrides().indexOf(override);
            lines.add(invalid.collect(index < 0 ? "" : "override_line_items[" + index + "].", () ->
                    SubscriptionLineItem.snapshot(lineIds.get(), LineItemEntityType.PLAN, spec.planId().value(), price,
                            override, override == null ? null : override.quantity(), start, spec.endDate(), null, audit)));
        }
        for (PriceOverride override : spec.overrides()) {
            planPrices.stream().filter(p -> p.id().equals(override.priceId())).findFirst()
                    .filter(p -> !SubscriptionLineItem.isEligible(p.terms(), spec.currency(), spec.period(),
                            spec.periodCount()))
                    .ifPresent(p -> invalid.add("override_line_items[" + spec.overrides().indexOf(override)
                            + "].price_id", "is not billed in " + spec.currency().getCurrencyCode().toLowerCase()
                            + " every " + spec.periodCount() + " " + spec.period()));
        }
        if (lines.isEmpty() && invalid.isEmpty()) {
            invalid.add("plan_id", "has no price in " + spec.currency().getCurrencyCode().toLowerCase()
                    + " billed every " + spec.periodCount() + " " + spec.period());
        }
        for (int i = 0; i < spec.extraLines().size(); i++) {
            NewSubscription.ExtraLine extra = spec.extraLines().get(i);
            String at = "line_items[" + i + "].";
            if (!SubscriptionLineItem.isEligible(extra.price().terms(), spec.currency(), spec.period(),
                    spec.periodCount())) {
                invalid.add(at + "price_id", "must be billed in " + spec.currency().getCurrencyCode().toLowerCase()
                        + " every " + spec.periodCount() + " " + spec.period() + ", as the subscription");
                continue;
            }
            lines.add(invalid.collect(at, () -> SubscriptionLineItem.snapshot(lineIds.get(),
                    LineItemEntityType.SUBSCRIPTION, spec.id().value(), extra.price(), null, extra.quantity(),
                    extra.startDate() != null ? extra.startDate() : start,
                    extra.endDate() != null ? extra.endDate() : spec.endDate(), extra.metadata(), audit)));
        }
        invalid.throwIfAny();
        Period first = billing.schedule().firstPeriod(start);
        Instant trialStart = spec.trialEnd() == null ? null : spec.trialStart() != null ? spec.trialStart() : start;
        Subscription created = new Subscription(spec.id(), spec.scope(), spec.customerId(), spec.planId(),
                spec.lookupKey(), spec.draft() ? SubscriptionStatus.DRAFT : SubscriptionStatus.ACTIVE,
                spec.currency(), billing, start, spec.endDate(), trialStart, spec.trialEnd(),
                clip(first, spec.endDate()), false, null, null, spec.commitment(), spec.prorationBehavior(), lines,
                List.of(), null, spec.metadata(), Status.PUBLISHED, audit);
        return spec.draft() ? created : created.settledAt(audit.createdAt());
    }

    public boolean isLive() {
        return status != Status.DELETED;
    }

    public boolean isCancelled() {
        return subscriptionStatus == SubscriptionStatus.CANCELLED;
    }

    /** When the subscription ends, if it does: the earlier of its end date and its cancellation. */
    public Optional<Instant> endsAt() {
        if (cancelAt == null) {
            return Optional.ofNullable(endDate);
        }
        return Optional.of(endDate == null || cancelAt.isBefore(endDate) ? cancelAt : endDate);
    }

    /** The line items in force at some instant of {@code period}, in order. */
    public List<SubscriptionLineItem> lineItemsWithin(Period period) {
        return lineItems.stream().filter(line -> line.activeWithin(period).isPresent()).toList();
    }

    /** The line items in force at {@code instant}, in order. */
    public List<SubscriptionLineItem> lineItemsAt(Instant instant) {
        return lineItems.stream().filter(line -> line.isActiveAt(instant)).toList();
    }

    /**
     * @throws NotFoundException ({@code subscription.line_item_not_found}) if it has no such line
     */
    public SubscriptionLineItem lineItem(SubscriptionLineItemId lineId) {
        return lineItems.stream().filter(line -> line.id().equals(lineId)).findFirst()
                .orElseThrow(() -> lineItemNotFound(lineId));
    }

    /** The open pause (running or scheduled), if any. */
    public Optional<SubscriptionPause> openPause() {
        return pauses.stream().filter(SubscriptionPause::isOpen).findFirst();
    }

    public PauseStatus pauseStatus() {
        return openPause().map(SubscriptionPause::pauseStatus).orElse(PauseStatus.NONE);
    }

    /**
     * The period after the current one, as the schedule cuts it and the subscription's end clips it; empty if
     * the subscription ends with the current period. A plan change scheduled for the current period's end
     * brings its billing terms.
     */
    public Optional<Period> nextPeriod() {
        return periodAfter(currentPeriod);
    }

    /**
     * The period that follows {@code ended} (a period of this subscription's grid, the current one or an
     * earlier one): cut by the schedule in force at its end (a plan change scheduled there brings its billing
     * terms) and clipped by the subscription's end; empty if the subscription ends with {@code ended}. The
     * billing loop may keep its own cursor (the end of the last period it invoiced) and walk with this.
     */
    public Optional<Period> periodAfter(Period ended) {
        Optional<Instant> end = endsAt();
        if (end.isPresent() && !end.get().isAfter(ended.end())) {
            return Optional.empty();
        }
        return Optional.of(clip(billingAt(ended.end()).schedule().nextPeriod(ended), end.orElse(null)));
    }

    /** The billing terms in force at {@code instant}: a scheduled change's from its effective instant on. */
    public SubscriptionBilling billingAt(Instant instant) {
        return scheduledChange != null && !instant.isBefore(scheduledChange.effectiveAt())
                ? scheduledChange.billing() : billing;
    }

    // ---------------------------------------------------------------- time

    /**
     * This subscription as it stands at {@code now}: every period that ended by {@code now} rolled over
     * ({@link #nextPeriod()}), a scheduled plan change applied at its boundary, a trial ended, a pause started or
     * completed, a cancellation taken effect. A draft and a cancelled subscription stay as they are. The billing
     * loop charges each boundary ({@link SubscriptionCharges#atBoundary}) before moving past it.
     */
    public Subscription advancedTo(Instant now) {
        if (subscriptionStatus == SubscriptionStatus.DRAFT || isCancelled()) {
            return this;
        }
        Subscription state = this;
        while (!state.isCancelled() && !state.currentPeriod.end().isAfter(now)) {
            state = state.renewed();
        }
        return state.isCancelled() ? state : state.settledAt(now);
    }

    /** The current period ended: the next one, or cancelled if the subscription ends with it. */
    Subscription renewed() {
        Period ended = currentPeriod;
        Optional<Instant> end = endsAt();
        if (end.isPresent() && !end.get().isAfter(ended.end())) {
            Instant at = end.get().isBefore(ended.end()) ? end.get() : ended.end();
            return with(SubscriptionStatus.CANCELLED, currentPeriod, cancelAtPeriodEnd,
                    cancelAt == null ? at : cancelAt, cancelledAt == null ? at : cancelledAt, lineItems, pauses,
                    scheduledChange, audit);
        }
        boolean changes = scheduledChange != null && !scheduledChange.effectiveAt().isAfter(ended.end());
        SubscriptionBilling nextBilling = billingAt(ended.end());
        Period next = periodAfter(ended).orElseThrow();
        return new Subscription(id, scope, customerId, changes ? scheduledChange.targetPlanId() : planId, lookupKey,
                subscriptionStatus, currency, nextBilling, startDate, endDate, trialStart, trialEnd, next,
                cancelAtPeriodEnd, cancelAt, cancelledAt, commitment, prorationBehavior, lineItems, pauses,
                changes ? null : scheduledChange, metadata, status, audit);
    }

    /** The status at {@code now} within the current period: trial, pause and cancellation applied. */
    Subscription settledAt(Instant now) {
        List<SubscriptionPause> settled = pauses.stream().map(p -> p.at(now)).toList();
        Optional<Instant> end = endsAt();
        SubscriptionStatus next;
        if (end.isPresent() && !end.get().isAfter(now)) {
            next = SubscriptionStatus.CANCELLED;
        } else if (settled.stream().anyMatch(p -> p.pauseStatus() == PauseStatus.ACTIVE)) {
            next = SubscriptionStatus.PAUSED;
        } else if (subscriptionStatus == SubscriptionStatus.INCOMPLETE) {
            next = SubscriptionStatus.INCOMPLETE;
        } else if (trialEnd != null && now.isBefore(trialEnd)) {
            next = SubscriptionStatus.TRIALING;
        } else {
            next = SubscriptionStatus.ACTIVE;
        }
        Instant cancelled = next == SubscriptionStatus.CANCELLED && cancelledAt == null ? end.get() : cancelledAt;
        return with(next, currentPeriod, cancelAtPeriodEnd, cancelAt, cancelled, lineItems, settled,
                scheduledChange, audit);
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Activates a draft from {@code newStart}: its periods, line items and trial move to start there.
     *
     * @throws ConflictException ({@code subscription.invalid_state}) unless it is a draft
     */
    public Subscription activated(Instant newStart, Instant now, Audit changed) {
        if (subscriptionStatus != SubscriptionStatus.DRAFT) {
            throw invalidState("only a draft subscription can be activated; this one is "
                    + subscriptionStatus.wireValue());
        }
        Objects.requireNonNull(newStart, "newStart");
        Duration shift = Duration.between(startDate, newStart);
        if (endDate != null && !endDate.isAfter(newStart)) {
            throw ValidationException.of("start_date", "must be before the subscription's end_date " + endDate);
        }
        SubscriptionBilling moved = billing.anchor().equals(startDate) ? billing.anchoredAt(newStart) : billing;
        List<SubscriptionLineItem> lines = lineItems.stream().map(line -> line.startDate().equals(startDate)
                ? line.withStart(newStart) : line).toList();
        Subscription active = new Subscription(id, scope, customerId, planId, lookupKey, SubscriptionStatus.ACTIVE,
                currency, moved, newStart, endDate, trialStart == null ? null : trialStart.plus(shift),
                trialEnd == null ? null : trialEnd.plus(shift), clip(moved.schedule().firstPeriod(newStart), endDate),
                false, null, null, commitment, prorationBehavior, lines, pauses, null, metadata, status, changed);
        return active.advancedTo(now);
    }

    /**
     * Cancels at {@code now} (IMMEDIATE: the current period, its line items and the subscription end there) or
     * at the end of the current period (END_OF_PERIOD: {@code cancel_at_period_end}). The charges of an
     * immediate cancellation are {@link SubscriptionCharges#cancellation}'s.
     *
     * @throws ConflictException ({@code subscription.invalid_state}) if it is cancelled already
     */
    public Subscription cancelled(CancellationType type, Instant now, Audit changed) {
        Subscription current = advancedTo(now);
        if (current.isCancelled()) {
            throw invalidState("the subscription is cancelled already");
        }
        if (type == CancellationType.END_OF_PERIOD && current.subscriptionStatus != SubscriptionStatus.DRAFT) {
            Instant at = current.currentPeriod.end();
            return current.with(current.subscriptionStatus, current.currentPeriod, true, at, null,
                    current.lineItems, current.pauses, null, changed).withoutLinesFrom(at);
        }
        Subscription closed = current.closedAt(now);
        return closed.with(SubscriptionStatus.CANCELLED, closed.currentPeriod, false, now, now, closed.lineItems,
                closed.pauses.stream().map(p -> p.isOpen() ? p.resumed(now, changed) : p).toList(), null, changed);
    }

    /**
     * Sets or clears a scheduled cancellation (FlexPrice's update request): {@code cancelAtPeriodEnd} true
     * cancels at the current period's end, false clears a scheduled cancellation; {@code newCancelAt} cancels
     * at that instant (after now). A current period cut by an earlier {@code cancel_at} ends again where its
     * schedule (and the subscription's {@code end_date}) ends it, before the new cancellation cuts it.
     */
    public Subscription withCancellation(Boolean atPeriodEnd, Instant newCancelAt, Instant now, Audit changed) {
        Subscription current = advancedTo(now);
        if (current.isCancelled()) {
            throw invalidState("the subscription is cancelled already");
        }
        if (newCancelAt != null && !newCancelAt.isAfter(now)) {
            throw ValidationException.of("cancel_at", "must be in the future");
        }
        // a period cut by an earlier cancel_at gets its schedule's end back before the new cut, if any
        Period whole = clip(new Period(current.currentPeriod.start(),
                current.billing.schedule().periodContaining(current.currentPeriod.start()).end()), endDate);
        boolean periodEnd = atPeriodEnd != null ? atPeriodEnd : current.cancelAtPeriodEnd;
        Instant at = newCancelAt != null ? newCancelAt
                : Boolean.TRUE.equals(atPeriodEnd) ? whole.end()
                : Boolean.FALSE.equals(atPeriodEnd) ? null : current.cancelAt;
        Subscription updated = current.with(current.subscriptionStatus, at == null ? whole : clip(whole, at),
                periodEnd && newCancelAt == null, at, null, current.lineItems, current.pauses,
                current.scheduledChange, changed);
        return at == null ? updated : updated.withoutLinesFrom(at);
    }

    /**
     * Pauses from {@code pauseStart} to {@code pauseEnd} (null: until resumed). Fixed charges stop for the
     * paused time; an immediate pause of a period already charged in advance is credited by
     * {@link SubscriptionCharges#reprice}.
     *
     * @throws ConflictException ({@code subscription.invalid_state}) unless it is active or trialing with no
     *     open pause
     */
    public Subscription paused(SubscriptionPauseId pauseId, PauseMode mode, Instant pauseStart, Instant pauseEnd,
                               String reason, Metadata pauseMetadata, Instant now, Audit changed) {
        Subscription current = advancedTo(now);
        if (current.subscriptionStatus != SubscriptionStatus.ACTIVE
                && current.subscriptionStatus != SubscriptionStatus.TRIALING) {
            throw invalidState("only an active or trialing subscription can be paused; this one is "
                    + current.subscriptionStatus.wireValue());
        }
        if (current.openPause().isPresent()) {
            throw invalidState("the subscription has a pause already; resume it first");
        }
        Instant start = switch (mode) {
            case IMMEDIATE -> now;
            case PERIOD_END -> current.currentPeriod.end();
            case SCHEDULED -> pauseStart;
        };
        new Violations()
                .require(start != null, "pause_start", "is required when pause_mode is scheduled")
                .require(start == null || !start.isBefore(now), "pause_start", "must not be in the past")
                .require(start == null || pauseEnd == null || pauseEnd.isAfter(start), "pause_end",
                        "must be after the pause's start")
                .require(start == null || current.endsAt().isEmpty() || start.isBefore(current.endsAt().get()),
                        "pause_start", "must be before the subscription ends")
                .throwIfAny();
        SubscriptionPause pause = new SubscriptionPause(pauseId, mode, pauseEnd == null ? null : ResumeMode.AUTO,
                start, pauseEnd, null, PauseStatus.SCHEDULED, reason, pauseMetadata, current.currentPeriod.start(),
                current.currentPeriod.end(), Audit.createdBy(changed.updatedBy(), now));
        List<SubscriptionPause> all = new ArrayList<>(current.pauses);
        all.add(pause);
        return current.with(current.subscriptionStatus, current.currentPeriod, current.cancelAtPeriodEnd,
                current.cancelAt, current.cancelledAt, current.lineItems, all, current.scheduledChange, changed)
                .settledAt(now);
    }

    /**
     * Ends the open pause at {@code now}: a running one completes, a scheduled one is cancelled.
     *
     * @throws ConflictException ({@code subscription.invalid_state}) if it has no open pause
     */
    public Subscription resumed(Instant now, Audit changed) {
        Subscription current = advancedTo(now);
        SubscriptionPause open = current.openPause()
                .orElseThrow(() -> invalidState("the subscription is not paused and has no scheduled pause"));
        List<SubscriptionPause> all = current.pauses.stream()
                .map(p -> p.id().equals(open.id()) ? p.resumed(now, p.audit().updatedBy(changed.updatedBy(), now))
                        : p).toList();
        return current.with(current.subscriptionStatus, current.currentPeriod, current.cancelAtPeriodEnd,
                current.cancelAt, current.cancelledAt, current.lineItems, all, current.scheduledChange, changed)
                .settledAt(now);
    }

    /**
     * Changes the plan: the plan's line items end at the change and {@code newLines} (snapshots of the target
     * plan's prices, starting at the change) begin there. IMMEDIATE takes effect at {@code now}; with the same
     * billing terms the current period goes on, else the cycle restarts at {@code now} (a new anchor).
     * END_OF_PERIOD takes effect at the current period's end ({@link #scheduledChange}). Addon lines and lines
     * added to the subscription itself stay. Charges: {@link SubscriptionCharges#planChange}.
     *
     * @param newLines lines starting at the effective instant, see {@link #changeEffectiveAt}
     * @throws ConflictException ({@code subscription.invalid_state}) unless active or trialing
     */
    public Subscription planChanged(PlanId target, List<SubscriptionLineItem> newLines, SubscriptionBilling newBilling,
                                    ChangeTiming timing, ChangeType type, Instant now, Audit changed) {
        Subscription current = advancedTo(now);
        current.requireChangeable(target);
        Instant at = current.changeEffectiveAt(timing, now);
        List<SubscriptionLineItem> lines = new ArrayList<>();
        for (SubscriptionLineItem line : current.lineItems) {
            if (line.entityType() != LineItemEntityType.PLAN) {
                lines.add(line);
            } else if (line.startDate().isBefore(at)) {
                lines.add(line.endedAt(at));
            }
        }
        lines.addAll(newLines);
        boolean sameTerms = newBilling.sameTermsAs(current.billing);
        SubscriptionBilling billingAfter = sameTerms ? current.billing : newBilling.anchoredAt(at);
        if (timing == ChangeTiming.END_OF_PERIOD) {
            return current.with(current.subscriptionStatus, current.currentPeriod, current.cancelAtPeriodEnd,
                    current.cancelAt, current.cancelledAt, lines, current.pauses,
                    new ScheduledChange(target, at, billingAfter, type), changed);
        }
        Period period = sameTerms || !at.isAfter(current.currentPeriod.start()) ? current.currentPeriod
                : clip(billingAfter.schedule().firstPeriod(at), current.endsAt().orElse(null));
        return new Subscription(id, scope, customerId, target, lookupKey, current.subscriptionStatus, currency,
                billingAfter, startDate, endDate, trialStart, trialEnd, period, current.cancelAtPeriodEnd,
                current.cancelAt, current.cancelledAt, commitment, prorationBehavior, lines, current.pauses, null,
                metadata, status, changed);
    }

    /** When a plan change asked for now would take effect. */
    public Instant changeEffectiveAt(ChangeTiming timing, Instant now) {
        return timing == ChangeTiming.END_OF_PERIOD ? currentPeriod.end()
                : now.isBefore(currentPeriod.start()) ? currentPeriod.start() : now;
    }

    /**
     * @throws ConflictException unless active or trialing
     * @throws ValidationException on {@code target_plan_id} if it is the current plan
     */
    public void requireChangeable(PlanId target) {
        if (subscriptionStatus != SubscriptionStatus.ACTIVE && subscriptionStatus != SubscriptionStatus.TRIALING) {
            throw invalidState("only an active or trialing subscription can change plans; this one is "
                    + subscriptionStatus.wireValue());
        }
        if (target.equals(planId)) {
            throw ValidationException.of("target_plan_id", "is the subscription's current plan");
        }
    }

    /**
     * Adds a line item (a price added to the subscription directly, or an addon's).
     *
     * @throws ValidationException if its currency or billing period is not the subscription's
     * @throws ConflictException if the subscription is cancelled
     */
    public Subscription withLineItem(SubscriptionLineItem line, Audit changed) {
        requireNotCancelled();
        if (!SubscriptionLineItem.isEligible(line.terms(), currency, billing.period(), billing.periodCount())) {
            throw ValidationException.of("price_id", "must be billed in " + currency.getCurrencyCode().toLowerCase()
                    + " every " + billing.periodCount() + " " + billing.period() + ", as the subscription");
        }
        List<SubscriptionLineItem> lines = new ArrayList<>(lineItems);
        lines.add(line);
        return with(subscriptionStatus, currentPeriod, cancelAtPeriodEnd, cancelAt, cancelledAt, lines, pauses,
                scheduledChange, changed);
    }

    /**
     * Ends a line item at {@code at} (FlexPrice's delete with {@code effective_from}); a line not started by then
     * is removed.
     */
    public Subscription withLineItemEnded(SubscriptionLineItemId lineId, Instant at, Audit changed) {
        requireNotCancelled();
        SubscriptionLineItem line = lineItem(lineId);
        if (line.endDate() != null && !line.endDate().isAfter(at)) {
            throw invalidState("line item " + lineId + " has ended already");
        }
        List<SubscriptionLineItem> lines = new ArrayList<>();
        for (SubscriptionLineItem l : lineItems) {
            if (!l.id().equals(lineId)) {
                lines.add(l);
            } else if (l.startDate().isBefore(at)) {
                lines.add(l.endedAt(at));
            }
        }
        return with(subscriptionStatus, currentPeriod, cancelAtPeriodEnd, cancelAt, cancelledAt, lines, pauses,
                scheduledChange, changed);
    }

    /**
     * Replaces a line item from {@code at} (FlexPrice's line item update): the line ends there and
     * {@code replacement} (its new terms, starting at {@code at}) follows it.
     */
    public Subscription withLineItemReplaced(SubscriptionLineItemId lineId, SubscriptionLineItem replacement,
                                             Audit changed) {
        Subscription ended = withLineItemEnded(lineId, replacement.startDate(), changed);
        List<SubscriptionLineItem> lines = new ArrayList<>(ended.lineItems);
        lines.add(replacement);
        return ended.with(subscriptionStatus, currentPeriod, cancelAtPeriodEnd, cancelAt, cancelledAt, lines, pauses,
                scheduledChange, changed);
    }

    public Subscription withDetails(String newLookupKey, Metadata newMetadata, Audit changed) {
        return new Subscription(id, scope, customerId, planId, newLookupKey, subscriptionStatus, currency, billing,
                startDate, endDate, trialStart, trialEnd, currentPeriod, cancelAtPeriodEnd, cancelAt, cancelledAt,
                commitment, prorationBehavior, lineItems, pauses, scheduledChange, newMetadata, status, changed);
    }

    /**
     * The subscription as if it ended at {@code at}: the current period cut there and every line item ended
     * there. The state whose charges an immediate cancellation or a cycle-restarting plan change settles.
     */
    Subscription closedAt(Instant at) {
        Period period = at.isAfter(currentPeriod.start()) ? clip(currentPeriod, at) : currentPeriod;
        List<SubscriptionLineItem> lines = lineItems.stream().filter(line -> line.startDate().isBefore(at))
                .map(line -> line.endedAt(at)).toList();
        return with(subscriptionStatus, period, cancelAtPeriodEnd, cancelAt, cancelledAt, lines, pauses,
                scheduledChange, audit);
    }

    private Subscription withoutLinesFrom(Instant at) {
        List<SubscriptionLineItem> lines = lineItems.stream().filter(line -> line.startDate().isBefore(at)).toList();
        return with(subscriptionStatus, currentPeriod, cancelAtPeriodEnd, cancelAt, cancelledAt, lines, pauses,
                scheduledChange != null && scheduledChange.effectiveAt().isBefore(at) ? scheduledChange : null,
                audit);
    }

    private void requireNotCancelled() {
        if (isCancelled()) {
            throw invalidState("the subscription is cancelled");
        }
    }

    private Subscription with(SubscriptionStatus newStatus, Period period, boolean atPeriodEnd, Instant newCancelAt,
                              Instant newCancelledAt, List<SubscriptionLineItem> lines,
                              List<SubscriptionPause> newPauses, ScheduledChange change, Audit changed) {
        return new Subscription(id, scope, customerId, planId, lookupKey, newStatus, currency, billing, startDate,
                endDate, trialStart, trialEnd, period, atPeriodEnd, newCancelAt, newCancelledAt, commitment,
                prorationBehavior, lines, newPauses, change, metadata, status, changed);
    }

    private static Period clip(Period period, Instant end) {
        return end == null || !end.isBefore(period.end()) || !end.isAfter(period.start()) ? period
                : new Period(period.start(), end);
    }

    static ConflictException invalidState(String message) {
        return new ConflictException(ErrorCode.SUBSCRIPTION_INVALID_STATE, message);
    }

    static NotFoundException lineItemNotFound(SubscriptionLineItemId lineId) {
        return new NotFoundException(ErrorCode.SUBSCRIPTION_LINE_ITEM_NOT_FOUND,
                "subscription line item " + lineId + " not found");
    }
}
