package io.flexprice.ports.application.plan;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.pricing.EntityPrices;
import io.flexprice.ports.application.pricing.ManagePricesService;
import io.flexprice.ports.in.plan.FindPlansQuery;
import io.flexprice.ports.in.plan.ManagePlansUseCase.PlanView;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.plan.PlanFilter;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import java.time.Clock;
import java.time.Instant;

public final class FindPlansService implements FindPlansQuery {

    private final PlanRepository plans;
    private final PriceRepository prices;
    private final Clock clock;

    public FindPlansService(PlanRepository plans, PriceRepository prices, Clock clock) {
        this.plans = plans;
        this.prices = prices;
        this.clock = clock;
    }

    @Override
    public PlanView get(Caller caller, PlanId id) {
        return view(prices, caller.scope(), ManagePricesService.livePlan(plans, caller.scope(), id), clock.instant());
    }

    @Override
    public Page<Plan> search(Caller caller, PlanFilter filter, PageRequest page) {
        return plans.search(caller.scope(), filter, page);
    }

    /** The plan with its live prices that have not ended at {@code now}, oldest first. */
    static PlanView view(PriceRepository prices, Scope scope, Plan plan, Instant now) {
        return new PlanView(plan, EntityPrices.notEnded(prices, scope, PriceEntityType.PLAN, plan.id().value(), now));
    }
}
