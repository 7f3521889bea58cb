package io.flexprice.ports.application.plan;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.subscription.LineItemEntityType;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItem;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.pricing.EntityPrices;
import io.flexprice.ports.application.pricing.ManagePricesService;
import io.flexprice.ports.in.plan.SyncPlanPricesUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link SyncPlanPricesUseCase}: see there for the rules. */
public final class SyncPlanPricesService implements SyncPlanPricesUseCase {

    /** The subscription statuses a sync brings in line; drafts get the plan's prices when they are activated. */
    static final List<SubscriptionStatus> SYNCED = List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING,
            SubscriptionStatus.PAUSED);
    private static final int BATCH = 100;

    private final PlanRepository plans;
    private final PriceRepository prices;
    private final SubscriptionRepository subscriptions;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public SyncPlanPricesService(PlanRepository plans, PriceRepository prices, SubscriptionRepository subscriptions,
                                 Transactions transactions, IdGenerator ids, Clock clock) {
        this.plans = plans;
        this.prices = prices;
        this.subscriptions = subscriptions;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public PlanPriceSync sync(Caller caller, PlanId planId) {
        Instant now = clock.instant();
        Scope scope = caller.scope();
        ManagePricesService.livePlan(plans, scope, planId);
        List<ListedPrice> planPrices = EntityPrices.notEnded(prices, scope, PriceEntityType.PLAN, planId.value(), now)
                .stream().filter(price -> price.status() == Status.PUBLISHED).toList();
        int changed = 0;
        int added = 0;
        int ended = 0;
        List<SubscriptionId> ofPlan = subscriptionsOf(scope, planId);
        for (SubscriptionId id : ofPlan) {
            Outcome outcome = transactions.inTransaction(() -> syncOne(caller, id, planId, planPrices, now));
            if (outcome.added() + outcome.ended() > 0) {
                changed++;
                added += outcome.added();
                ended += outcome.ended();
            }
        }
        return new PlanPriceSync(planId, ofPlan.size(), changed, added, ended);
    }

    private List<SubscriptionId> subscriptionsOf(Scope scope, PlanId planId) {
        SubscriptionFilter filter = new SubscriptionFilter(null, null, List.of(planId.value()), SYNCED, Status.PUBLISHED);
        List<SubscriptionId> found = new ArrayList<>();
        Page<Subscription> page;
        do {
            page = subscriptions.search(scope, filter,
                    new PageRequest(BATCH, found.size(), PageRequest.SortOrder.ASC));
            page.items().forEach(subscription -> found.add(subscription.id()));
        } while (!page.items().isEmpty() && found.size() < page.total());
        return found;
    }

    private Outcome syncOne(Caller caller, SubscriptionId id, PlanId planId, List<ListedPrice> planPrices,
                            Instant now) {
        Optional<Subscription> stored = subscriptions.lockById(caller.scope(), id)
                .filter(s -> s.isLive() && s.planId().equals(planId) && SYNCED.contains(s.subscriptionStatus()));
        if (stored.isEmpty()) {
            return new Outcome(0, 0);
        }
        Subscription current = stored.get().advancedTo(now);
        if (!current.planId().equals(planId)) {
            return new Outcome(0, 0); // a plan change that fell due moved it off the plan
        }
        Audit changed = current.audit().updatedBy(caller.actor(), now);
        Subscription updated = current;
        int ended = 0;
        for (SubscriptionLineItem line : current.lineItems()) {
            Optional<Instant> end = endOfPrice(caller.scope(), line, planId, now);
            if (end.isPresent()) {
                updated = updated.withLineItemEnded(line.id(), end.get(), changed);
                ended++;
            }
        }
        Instant horizon = horizon(current);
        Set<PriceId> everOnSubscription = current.lineItems().stream().map(SubscriptionLineItem::priceId)
                .collect(Collectors.toSet());
        int added = 0;
        for (ListedPrice price : planPrices) {
            if (everOnSubscription.contains(price.id())
                    || price.terms().billingCadence() != BillingCadence.RECURRING
                    || !SubscriptionLineItem.isEligible(price.terms(), current.currency(), current.billing().period(),
                    current.billing().periodCount())) {
                continue;
            }
            Instant start = latest(now, price.startDate(), current.startDate());
            Instant end = price.endDate();
            if (horizon != null && (end == null || horizon.isBefore(end))) {
                end = horizon;
            }
            if (end != null && !end.isAfter(start)) {
                continue;
            }
            updated = updated.withLineItem(SubscriptionLineItem.snapshot(
                    new SubscriptionLineItemId(ids.newId("subs_line")), LineItemEntityType.PLAN, planId.value(), price,
                    null, null, start, end, null, Audit.createdBy(caller.actor(), now)), changed);
            added++;
        }
        if (added + ended > 0) {
            subscriptions.update(updated);
        }
        return new Outcome(added, ended);
    }

    /**
     * When a running or future plan line has to end because its price ended (at the price's end, now if that is
     * past) or was deleted (now); empty if the line can stay as it is.
     */
    private Optional<Instant> endOfPrice(Scope scope, SubscriptionLineItem line, PlanId planId, Instant now) {
        if (line.entityType() != LineItemEntityType.PLAN || !planId.value().equals(line.entityId())
                || line.endDate() != null && !line.endDate().isAfter(now)) {
            return Optional.empty();
        }
        Optional<ListedPrice> price = prices.findById(scope, line.priceId()).filter(ListedPrice::isLive);
        Instant priceEnd = price.isEmpty() ? now : price.get().endDate();
        if (priceEnd == null) {
            return Optional.empty();
        }
        Instant at = priceEnd.isAfter(now) ? priceEnd : now;
        return line.endDate() != null && !line.endDate().isAfter(at) ? Optional.empty() : Optional.of(at);
    }

    /** Where the subscription's lines of its current plan stop: a scheduled plan change or its end, if any. */
    private static Instant horizon(Subscription subscription) {
        Instant change = subscription.scheduledChange() == null ? null : subscription.scheduledChange().effectiveAt();
        Instant end = subscription.endsAt().orElse(null);
        if (change == null) {
            return end;
        }
        return end == null || change.isBefore(end) ? change : end;
    }

    private static Instant latest(Instant a, Instant b, Instant c) {
        Instant later = a.isAfter(b) ? a : b;
        return later.isAfter(c) ? later : c;
    }

    private record Outcome(int added, int ended) {
    }
}
