package io.flexprice.ports.application.plan;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.ports.application.pricing.ManagePricesService;
import io.flexprice.ports.application.pricing.PriceDrafts;
import io.flexprice.ports.in.plan.CreatePlanCommand;
import io.flexprice.ports.in.plan.ManagePlansUseCase;
import io.flexprice.ports.in.plan.UpdatePlanCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public final class ManagePlansService implements ManagePlansUseCase {

    private final PlanRepository plans;
    private final PriceRepository prices;
    private final MeterRepository meters;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManagePlansService(PlanRepository plans, PriceRepository prices, MeterRepository meters,
                              Transactions transactions, IdGenerator ids, Clock clock) {
        this.plans = plans;
        this.prices = prices;
        this.meters = meters;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** Every violation, the plan's and its prices' ({@code prices[i].tiers[1].up_to}), is reported at once. */
    @Override
    public PlanView create(Caller caller, CreatePlanCommand c) {
        Audit audit = Audit.createdBy(caller.actor(), clock.instant());
        return transactions.inTransaction(() -> {
            Violations invalid = new Violations();
            Plan plan = invalid.collect(() -> new Plan(new PlanId(ids.newId("plan")), caller.scope(), c.name(),
                    c.description(), c.lookupKey(), Metadata.of(c.metadata()), Status.PUBLISHED, audit));
            String planId = plan == null ? "-" : plan.id().value();
            List<ListedPrice> listed = new ArrayList<>();
            for (int i = 0; i < c.prices().size(); i++) {
                listed.add(PriceDrafts.draft(c.prices().get(i), PriceEntityType.PLAN, planId, caller.scope(), meters,
                        ids, audit, invalid, "prices[" + i + "]."));
            }
            invalid.throwIfAny();
            plans.insert(plan);
            listed.forEach(prices::insert);
            return new PlanView(plan, listed);
        });
    }

    @Override
    public PlanView update(Caller caller, PlanId id, UpdatePlanCommand c) {
        return transactions.inTransaction(() -> {
            Plan current = ManagePricesService.livePlan(plans, caller.scope(), id);
            String name = or(c.name(), current.name());
            String description = or(c.description(), current.description());
            String lookupKey = or(c.lookupKey(), current.lookupKey());
            Plan.validate(name, description, lookupKey);
            Plan updated = current.withDetails(name, description, lookupKey,
                    c.metadata() == null ? current.metadata() : Metadata.of(c.metadata()),
                    current.audit().updatedBy(caller.actor(), clock.instant()));
            plans.update(updated);
            return FindPlansService.view(prices, caller.scope(), updated);
        });
    }

    @Override
    public void delete(Caller caller, PlanId id) {
        transactions.inTransaction(() -> {
            Plan current = ManagePricesService.livePlan(plans, caller.scope(), id);
            Instant now = clock.instant();
            for (ListedPrice price : FindPlansService.view(prices, caller.scope(), current).prices()) {
                prices.update(price.deleted(price.audit().updatedBy(caller.actor(), now)));
            }
            plans.update(current.deleted(current.audit().updatedBy(caller.actor(), now)));
        });
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
