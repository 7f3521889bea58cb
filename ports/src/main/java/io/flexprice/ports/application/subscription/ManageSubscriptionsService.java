package io.flexprice.ports.application.subscription;

import io.flexprice.domain.addon.Addon;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.addon.AddonType;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.subscription.AddonAssociation;
import io.flexprice.domain.subscription.BillingCursor;
import io.flexprice.domain.subscription.CancellationType;
import io.flexprice.domain.subscription.ChangeTiming;
import io.flexprice.domain.subscription.ChangeType;
import io.flexprice.domain.subscription.ChargeLine;
import io.flexprice.domain.subscription.LineItemEntityType;
import io.flexprice.domain.subscription.NewSubscription;
import io.flexprice.domain.subscription.PauseMode;
import io.flexprice.domain.subscription.PriceOverride;
import io.flexprice.domain.subscription.ProrationBehavior;
import io.flexprice.domain.subscription.ResumeMode;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionBilling;
import io.flexprice.domain.subscription.SubscriptionCharges;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItem;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.subscription.SubscriptionPause;
import io.flexprice.domain.subscription.SubscriptionPauseId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.time.TimeZones;
import io.flexprice.ports.application.customer.CustomerLookup;
import io.flexprice.ports.application.pricing.ManagePricesService;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.subscription.AddAddonCommand;
import io.flexprice.ports.in.subscription.CancelSubscriptionCommand;
import io.flexprice.ports.in.subscription.ChangePlanCommand;
import io.flexprice.ports.in.subscription.CreateSubscriptionCommand;
import io.flexprice.ports.in.subscription.LineItemCommand;
import io.flexprice.ports.in.subscription.ManageSubscriptionsUseCase;
import io.flexprice.ports.in.subscription.PauseSubscriptionCommand;
import io.flexprice.ports.in.subscription.UpdateSubscriptionCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.addon.AddonRepository;
import io.flexprice.ports.out.billing.BillingCursorRepository;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.metering.UsageReader;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class ManageSubscriptionsService implements ManageSubscriptionsUseCase {

    private final SubscriptionRepository subscriptions;
    private final BillingCursorRepository billingCursors;
    private final CustomerRepository customers;
    private final PlanRepository plans;
    private final PriceRepository prices;
    private final AddonRepository addons;
    private final LineUsage usage;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManageSubscriptionsService(SubscriptionRepository subscriptions, BillingCursorRepository billingCursors,
                                      CustomerRepository customers,
                                      PlanRepository plans, PriceRepository prices, AddonRepository addons,
                                      MeterRepository meters,
                                      UsageReader usageReader, Transactions transactions, IdGenerator ids,
                                      Clock clock) {
        this.subscriptions = subscriptions;
        this.billingCursors = billingCursors;
        this.customers = customers;
        this.plans = plans;
        this.prices = prices;
        this.addons = addons;
        this.usage = new LineUsage(usageReader, meters, customers);
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Subscription create(Caller caller, CreateSubscriptionCommand c) {
        Instant now = clock.instant();
        Scope scope = caller.scope();
        return transactions.inTransaction(() -> {
            if (blank(c.customerId()) && blank(c.externalCustomerId())) {
                throw ValidationException.of("customer_id", "a customer_id or external_customer_id is required");
            }
            if (blank(c.planId())) {
                throw ValidationException.of("plan_id", "is required");
            }
            Customer customer = CustomerLookup.live(customers, scope, blank(c.customerId())
                    ? new CustomerRef(null, c.externalCustomerId()) : CustomerRef.byId(c.customerId()));
            PlanId planId = ManagePricesService.livePlan(plans, scope, PlanId.of(c.planId())).id();
            Instant start = c.startDate() != null ? c.startDate() : now;
            ZoneId zone = c.customerTimezone() != null ? TimeZones.parse(c.customerTimezone(), "customer_timezone")
                    : customer.timeZone();
            List<NewSubscription.ExtraLine> extras = new ArrayList<>();
            for (int i = 0; i < c.lineItems().size(); i++) {
                CreateSubscriptionCommand.LineItem line = c.lineItems().get(i);
                if (blank(line.priceId())) {
                    throw ValidationException.of("line_items[" + i + "].price_id", "is required");
                }
                extras.add(new NewSubscription.ExtraLine(livePrice(scope, line.priceId()), line.quantity(),
                        line.displayName(), line.startDate(), line.endDate(), Metadata.of(line.metadata())));
            }
            NewSubscription spec = new NewSubscription(new SubscriptionId(ids.newId("subs")), scope, customer.id(),
                    planId, c.currency(), c.billingCycle(), null, c.billingPeriod(),
                    c.billingPeriodCount() == null ? 1 : c.billingPeriodCount(), zone, start, c.endDate(),
                    c.trialStart(), c.trialEnd(), c.commitment(), c.prorationBehavior(), c.draft(), c.lookupKey(),
                    Metadata.of(c.metadata()), c.overrides(), extras);
            Subscription created = Subscription.create(spec, PlanPrices.at(prices, scope, planId, start, now),
                    this::newLineId, Audit.createdBy(caller.actor(), now));
            subscriptions.insert(created);
            BillingCursor.firstOf(created, now).ifPresent(billingCursors::save); // the billing loop's, same unit of work
            return created;
        });
    }

    @Override
    public Subscription update(Caller caller, SubscriptionId id, UpdateSubscriptionCommand c) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Subscription current = live(caller.scope(), id).advancedTo(now);
            Audit changed = current.audit().updatedBy(caller.actor(), now);
            Subscription updated = current;
            if (c.cancelAt() != null || c.cancelAtPeriodEnd() != null) {
                updated = updated.withCancellation(c.cancelAtPeriodEnd(), c.cancelAt(), now, changed);
            }
            updated = updated.withDetails(c.lookupKey() != null ? c.lookupKey() : updated.lookupKey(),
                    c.metadata() != null ? Metadata.of(c.metadata()) : updated.metadata(), changed);
            subscriptions.update(updated);
            return updated;
        });
    }

    @Override
    public Cancellation cancel(Caller caller, SubscriptionId id, CancelSubscriptionCommand c) {
        if (c.type() == null) {
            throw ValidationException.of("cancellation_type", "is required");
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Subscription current = live(caller.scope(), id).advancedTo(now);
            Audit changed = current.audit().updatedBy(caller.actor(), now);
            Subscription cancelled = current.cancelled(c.type(), now, changed);
            List<ChargeLine> charges = List.of();
            Instant effective = cancelled.cancelAt();
            if (c.type() == CancellationType.IMMEDIATE) {
                ProrationBehavior behavior = c.prorationBehavior() != null ? c.prorationBehavior()
                        : ProrationBehavior.CREATE_PRORATIONS;
                charges = SubscriptionCharges.cancellation(current, now, behavior,
                        usage.read(current, SubscriptionCharges.settlementUsageWindows(current, now)));
            }
            subscriptions.update(cancelled);
            return new Cancellation(cancelled, c.type(), effective, charges);
        });
    }

    @Override
    public Subscription activate(Caller caller, SubscriptionId id, Instant startDate) {
        if (startDate == null) {
            throw ValidationException.of("start_date", "is required");
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Subscription current = live(caller.scope(), id);
            Subscription active = current.activated(startDate, now, current.audit().updatedBy(caller.actor(), now));
            subscriptions.update(active);
            BillingCursor.firstOf(active, now).ifPresent(billingCursors::save); // its periods start now
            return active;
        });
    }

    @Override
    public PauseChange pause(Caller caller, SubscriptionId id, PauseSubscriptionCommand c) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            new Violations()
                    .require(c.mode() != null, "pause_mode", "is required")
                    .require(c.pauseDays() == null || c.pauseEnd() == null, "pause_days",
                            "cannot be used together with pause_end")
                    .require(c.pauseDays() == null || c.pauseDays() > 0, "pause_days", "must be greater than 0")
                    .throwIfAny();
            Subscription current = live(caller.scope(), id).advancedTo(now);
            Instant start = c.mode() == PauseMode.IMMEDIATE ? now
                    : c.mode() == PauseMode.PERIOD_END ? current.currentPeriod().end() : c.pauseStart();
            Instant end = c.pauseEnd();
            if (c.pauseDays() != null && start != null) {
                end = start.atZone(current.billing().zone()).plusDays(c.pauseDays()).toInstant();
            }
            SubscriptionPauseId pauseId = new SubscriptionPauseId(ids.newId("subs_pause"));
            Subscription paused = current.paused(pauseId, c.mode(), c.pauseStart(), end, c.reason(),
                    Metadata.of(c.metadata()), now, current.audit().updatedBy(caller.actor(), now));
            if (!c.dryRun()) {
                subscriptions.update(paused);
            }
            return new PauseChange(paused,
                    paused.pauses().stream().filter(p -> p.id().equals(pauseId)).findFirst().orElseThrow(),
                    c.dryRun() ? List.of() : SubscriptionCharges.reprice(current, paused));
        });
    }

    @Override
    public PauseChange resume(Caller caller, SubscriptionId id, ResumeMode mode, boolean dryRun) {
        if (mode == null) {
            throw ValidationException.of("resume_mode", "is required");
        }
        if (mode != ResumeMode.IMMEDIATE) {
            throw ValidationException.of("resume_mode",
                    "must be immediate: a pause with an end resumes by itself at its end");
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Subscription current = live(caller.scope(), id).advancedTo(now);
            SubscriptionPause open = current.openPause().orElse(null);
            Subscription resumed = current.resumed(now, current.audit().updatedBy(caller.actor(), now));
            if (!dryRun) {
                subscriptions.update(resumed);
            }
            return new PauseChange(resumed,
                    resumed.pauses().stream().filter(p -> p.id().equals(open.id())).findFirst().orElseThrow(),
                    dryRun ? List.of() : SubscriptionCharges.reprice(current, resumed));
        });
    }

    @Override
    public LineItemChange addLineItem(Caller caller, SubscriptionId id, LineItemCommand c) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            if (blank(c.priceId())) {
                throw ValidationException.of("price_id", "is required");
            }
            Subscription current = live(caller.scope(), id).advancedTo(now);
            ListedPrice price = livePrice(caller.scope(), c.priceId());
            Instant start = c.effectiveFrom() != null ? c.effectiveFrom() : now;
            if (start.isBefore(current.startDate())) {
                throw ValidationException.of("start_date", "must not be before the subscription's start "
                        + current.startDate());
            }
            PriceOverride override = new PriceOverride(price.id(), c.amount(), c.quantity(), c.billingModel(),
                    c.tierMode(), c.tiers(), c.transformQuantity());
            SubscriptionLineItem line = SubscriptionLineItem.snapshot(newLineId(), LineItemEntityType.SUBSCRIPTION,
                    current.id().value(), price, override, c.quantity(), start, c.endDate(), Metadata.of(c.metadata()),
                    Audit.createdBy(caller.actor(), now));
            if (c.displayName() != null) {
                line = line.withDisplayName(c.displayName());
            }
            Subscription updated = current.withLineItem(line, current.audit().updatedBy(caller.actor(), now));
            subscriptions.update(updated);
            return new LineItemChange(updated, line);
        });
    }

    @Override
    public LineItemChange updateLineItem(Caller caller, SubscriptionLineItemId lineId, LineItemCommand c) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Subscription current = liveWithLine(caller.scope(), lineId).advancedTo(now);
            SubscriptionLineItem line = current.lineItem(lineId);
            requireNotPast(c.effectiveFrom(), now);
            Instant at = c.effectiveFrom() != null ? c.effectiveFrom() : now;
            Instant from = at.isAfter(line.startDate()) ? at : line.startDate();
            PriceOverride override = new PriceOverride(line.priceId(), c.amount(), c.quantity(), c.billingModel(),
                    c.tierMode(), c.tiers(), c.transformQuantity());
            SubscriptionLineItem replacement = line.replacement(newLineId(), override.applyTo(line.terms()),
                    c.quantity(), from, c.metadata() == null ? null : Metadata.of(c.metadata()),
                    Audit.createdBy(caller.actor(), now));
            Subscription updated = current.withLineItemReplaced(lineId, replacement,
                    current.audit().updatedBy(caller.actor(), now));
            subscriptions.update(updated);
            return new LineItemChange(updated, replacement);
        });
    }

    @Override
    public LineItemChange deleteLineItem(Caller caller, SubscriptionLineItemId lineId, Instant effectiveFrom) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Subscription current = liveWithLine(caller.scope(), lineId).advancedTo(now);
            SubscriptionLineItem line = current.lineItem(lineId);
            requireNotPast(effectiveFrom, now);
            Instant at = effectiveFrom != null ? effectiveFrom : now;
            Subscription updated = current.withLineItemEnded(lineId, at,
                    current.audit().updatedBy(caller.actor(), now));
            subscriptions.update(updated);
            return updated.lineItems().stream().filter(l -> l.id().equals(lineId)).findFirst()
                    .map(ended -> new LineItemChange(updated, ended))
                    .orElseGet(() -> new LineItemChange(updated, line, true));
        });
    }

    @Override
    public AddonChange addAddon(Caller caller, AddAddonCommand c) {
        new Violations()
                .require(!blank(c.subscriptionId()), "subscription_id", "is required")
                .require(!blank(c.addonId()), "addon_id", "is required")
                .throwIfAny();
        Instant now = clock.instant();
        Scope scope = caller.scope();
        return transactions.inTransaction(() -> {
            Subscription current = live(scope, SubscriptionId.of(c.subscriptionId())).advancedTo(now);
            Addon addon = addons.findById(scope, AddonId.of(c.addonId())).filter(Addon::isLive)
                    .orElseThrow(() -> new NotFoundException(ErrorCode.ADDON_NOT_FOUND,
                            "addon " + c.addonId() + " not found"));
            if (addon.type() == AddonType.ONETIME && AddonAssociation.of(current, now).stream()
                    .anyMatch(a -> a.addonId().equals(addon.id().value()) && a.active())) {
                throw new ConflictException(ErrorCode.SUBSCRIPTION_ADDON_ALREADY_ADDED, "addon " + addon.id()
                        + " is of type onetime and is on subscription " + current.id() + " already");
            }
            Instant start = c.startDate() != null && c.startDate().isAfter(now) ? c.startDate() : now;
            List<ListedPrice> eligible = prices.findInEffect(scope, PriceEntityType.ADDON, addon.id().value(), now)
                    .stream().filter(p -> SubscriptionLineItem.isEligible(p.terms(), current.currency(),
                            current.billing().period(), current.billing().periodCount())).toList();
            if (eligible.isEmpty()) {
                throw ValidationException.of("addon_id", "addon " + addon.id() + " has no price in "
                        + current.currency().getCurrencyCode().toLowerCase() + " billed every "
                        + current.billing().periodCount() + " " + current.billing().period() + " or once");
            }
            Subscription updated = current;
            String associationId = null;
            Audit changed = current.audit().updatedBy(caller.actor(), now);
            for (ListedPrice price : eligible) {
                SubscriptionLineItemId lineId = newLineId();
                associationId = associationId == null ? lineId.value() : associationId;
                Map<String, String> metadata = new LinkedHashMap<>(c.metadata());
                metadata.put(AddonAssociation.KEY, associationId);
                updated = updated.withLineItem(SubscriptionLineItem.snapshot(lineId, LineItemEntityType.ADDON,
                        addon.id().value(), price, null, null, start, null, Metadata.of(metadata),
                        Audit.createdBy(caller.actor(), now)), changed);
            }
            subscriptions.update(updated);
            return new AddonChange(current, updated, association(updated, associationId, now),
                    addonCharges(current, updated));
        });
    }

    @Override
    public AddonChange removeAddon(Caller caller, String associationId, String reason) {
        if (blank(associationId)) {
            throw ValidationException.of("addon_association_id", "is required");
        }
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Subscription current = subscriptions.findByLineItemId(caller.scope(),
                    new SubscriptionLineItemId(associationId)).filter(Subscription::isLive)
                    .map(s -> s.advancedTo(now)).orElse(null);
            AddonAssociation association = current == null ? null : AddonAssociation.of(current, now).stream()
                    .filter(a -> a.id().equals(associationId) && a.active()).findFirst().orElse(null);
            if (association == null) {
                throw new NotFoundException(ErrorCode.SUBSCRIPTION_ADDON_ASSOCIATION_NOT_FOUND,
                        "no running addon association " + associationId);
            }
            Audit changed = current.audit().updatedBy(caller.actor(), now);
            Subscription updated = current;
            for (SubscriptionLineItemId lineId : association.lineItemIds()) {
                SubscriptionLineItem line = current.lineItem(lineId);
                if (line.endDate() == null || line.endDate().isAfter(now)) {
                    updated = updated.withLineItemEnded(lineId, now, changed);
                }
            }
            subscriptions.update(updated);
            AddonAssociation ended = AddonAssociation.of(updated, now).stream()
                    .filter(a -> a.id().equals(associationId)).findFirst()
                    .orElse(new AddonAssociation(association.id(), association.subscriptionId(),
                            association.addonId(), association.startDate(), now, association.metadata(), List.of(),
                            false));
            return new AddonChange(current, updated, ended, addonCharges(current, updated));
        });
    }

    /**
     * The current period's re-pricing by an addon change, plus the one-time ADVANCE charges of lines it adds
     * that start in the period (re-pricing leaves one-time prices out: they are charged once, in full).
     */
    private static List<ChargeLine> addonCharges(Subscription before, Subscription after) {
        List<ChargeLine> charges = new ArrayList<>(SubscriptionCharges.reprice(before, after));
        List<SubscriptionLineItemId> existing = before.lineItems().stream().map(SubscriptionLineItem::id).toList();
        for (ChargeLine line : SubscriptionCharges.advance(after, after.currentPeriod())) {
            SubscriptionLineItem item = after.lineItem(line.lineItemId());
            if (!existing.contains(item.id()) && !item.isRecurring()) {
                charges.add(line);
            }
        }
        return charges;
    }

    private static AddonAssociation association(Subscription subscription, String id, Instant now) {
        return AddonAssociation.of(subscription, now).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    public PlanChange previewChange(Caller caller, SubscriptionId id, ChangePlanCommand command) {
        return transactions.inTransaction(() -> change(caller, id, command));
    }

    @Override
    public PlanChange executeChange(Caller caller, SubscriptionId id, ChangePlanCommand command) {
        return transactions.inTransaction(() -> {
            PlanChange change = change(caller, id, command);
            subscriptions.update(change.after());
            return change;
        });
    }

    private PlanChange change(Caller caller, SubscriptionId id, ChangePlanCommand c) {
        if (blank(c.targetPlanId())) {
            throw ValidationException.of("target_plan_id", "is required");
        }
        Instant now = clock.instant();
        Scope scope = caller.scope();
        Subscription current = live(scope, id).advancedTo(now);
        PlanId target = ManagePricesService.livePlan(plans, scope, PlanId.of(c.targetPlanId())).id();
        current.requireChangeable(target);
        SubscriptionBilling billing = current.billing();
        SubscriptionBilling newBilling = new SubscriptionBilling(
                c.billingCycle() != null ? c.billingCycle() : billing.cycle(), billing.anchor(),
                c.billingPeriod() != null ? c.billingPeriod() : billing.period(),
                c.billingPeriodCount() != null ? c.billingPeriodCount() : billing.periodCount(), billing.zone());
        List<ListedPrice> targetPrices = PlanPrices.at(prices, scope, target, now, now).stream()
                .filter(p -> SubscriptionLineItem.isEligible(p.terms(), current.currency(), newBilling.period(),
                        newBilling.periodCount())).toList();
        if (targetPrices.isEmpty()) {
            throw ValidationException.of("target_plan_id", "has no price in "
                    + current.currency().getCurrencyCode().toLowerCase() + " billed every "
                    + newBilling.periodCount() + " " + newBilling.period());
        }
        List<SubscriptionLineItem> planLinesNow = current.lineItemsAt(now).stream()
                .filter(l -> l.entityType() == LineItemEntityType.PLAN).toList();
        ChangeType type = SubscriptionCharges.classify(
                SubscriptionCharges.fixedChargePerPeriod(planLinesNow, current.currency()),
                SubscriptionCharges.fixedChargePerPeriod(lines(target, targetPrices, now, Audit.createdBy(caller.actor(), now)),
                        current.currency()));
        ChangeTiming timing = c.changeAt() != null ? c.changeAt()
                : type == ChangeType.DOWNGRADE ? ChangeTiming.END_OF_PERIOD : ChangeTiming.IMMEDIATE;
        Instant at = current.changeEffectiveAt(timing, now);
        Subscription after = current.planChanged(target,
                lines(target, targetPrices, at, Audit.createdBy(caller.actor(), now)), newBilling, timing, type,
                now, current.audit().updatedBy(caller.actor(), now));
        ProrationBehavior behavior = c.prorationBehavior() != null ? c.prorationBehavior()
                : ProrationBehavior.CREATE_PRORATIONS;
        boolean restarts = !after.currentPeriod().start().equals(current.currentPeriod().start());
        Map<SubscriptionLineItemId, BigDecimal> settled = restarts
                ? usage.read(current, SubscriptionCharges.settlementUsageWindows(current, at)) : Map.of();
        List<ChargeLine> charges = SubscriptionCharges.planChange(current, after, at, behavior, settled);
        return new PlanChange(current, after, type, timing, at, charges);
    }

    private List<SubscriptionLineItem> lines(PlanId plan, List<ListedPrice> planPrices, Instant from, Audit created) {
        return planPrices.stream().map(price -> SubscriptionLineItem.snapshot(newLineId(), LineItemEntityType.PLAN,
                plan.value(), price, null, null, from, null, null, created)).toList();
    }

    /** A line item change may take effect now or later, never in the past (FlexPrice's {@code effective_from}). */
    private static void requireNotPast(Instant effectiveFrom, Instant now) {
        if (effectiveFrom != null && effectiveFrom.isBefore(now)) {
            throw ValidationException.of("effective_from", "must not be in the past");
        }
    }

    private SubscriptionLineItemId newLineId() {
        return new SubscriptionLineItemId(ids.newId("subs_line"));
    }

    private ListedPrice livePrice(Scope scope, String priceId) {
        return prices.findById(scope, PriceId.of(priceId)).filter(ListedPrice::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.PRICE_NOT_FOUND, "price " + priceId + " not found"));
    }

    /** The live subscription, locked for the unit of work: every change here reads it this way. */
    private Subscription live(Scope scope, SubscriptionId id) {
        return FindSubscriptionsService.lockedLive(subscriptions, scope, id);
    }

    /** The live subscription that has the line item, locked for the unit of work. */
    private Subscription liveWithLine(Scope scope, SubscriptionLineItemId lineId) {
        SubscriptionId id = subscriptions.findByLineItemId(scope, lineId).filter(Subscription::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.SUBSCRIPTION_LINE_ITEM_NOT_FOUND,
                        "subscription line item " + lineId + " not found")).id();
        return FindSubscriptionsService.lockedLive(subscriptions, scope, id);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
