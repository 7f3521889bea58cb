package io.flexprice.ports.application.plan;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.pricing.ManagePricesService;
import io.flexprice.ports.in.plan.FindPlansQuery;
import io.flexprice.ports.in.plan.ManagePlansUseCase.PlanView;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.plan.PlanFilter;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.pricing.PriceFilter;
import io.flexprice.ports.out.pricing.PriceRepository;

public final class FindPlansService implements FindPlansQuery {

    /** The most prices a plan view lists; plans are not expected to have more. */
    static final int MAX_PRICES = PageRequest.MAX_LIMIT;

    private final PlanRepository plans;
    private final PriceRepository prices;

    public FindPlansService(PlanRepository plans, PriceRepository prices) {
        this.plans = plans;
        this.prices = prices;
    }

    @Override
    public PlanView get(Caller caller, PlanId id) {
        return view(prices, caller.scope(), ManagePricesService.livePlan(plans, caller.scope(), id));
    }

    @Override
    public Page<Plan> search(Caller caller, PlanFilter filter, PageRequest page) {
        return plans.search(caller.scope(), filter, page);
    }

    static PlanView view(PriceRepository prices, Scope scope, Plan plan) {
        return new PlanView(plan, prices.search(scope, PriceFilter.ofEntity(plan.id().value()),
                new PageRequest(MAX_PRICES, 0, PageRequest.SortOrder.ASC)).items());
    }
}
