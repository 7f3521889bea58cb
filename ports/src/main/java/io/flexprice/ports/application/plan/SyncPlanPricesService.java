package io.flexprice.ports.application.plan;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.subscription.PlanLineSync;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
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
        PlanLineSync sync = PlanLineSync.of(current, planId, planPrices,
                price -> prices.findById(caller.scope(), price).filter(ListedPrice::isLive),
                () -> new SubscriptionLineItemId(ids.newId("subs_line")), now,
                current.audit().updatedBy(caller.actor(), now));
        if (sync.changed()) {
            subscriptions.update(sync.subscription());
        }
        return new Outcome(sync.added(), sync.ended());
    }

    private record Outcome(int added, int ended) {
    }
}
