package io.flexprice.ports.application.subscription;

import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.pricing.PriceRepository;
import java.time.Instant;
import java.util.List;

/**
 * The one place that answers "which prices does this plan have at instant t", for subscriptions created from
 * a plan and plan changes: the versions in effect ({@code [start_date, end_date)}) when the subscription (or
 * the change) takes effect, or now if that is in the past. A subscription starting after a scheduled price
 * change gets the new terms; one backdated to before the plan existed (customers moved from another system)
 * gets the terms in force when it is signed up, never ones that have ended.
 */
public final class PlanPrices {

    private PlanPrices() {
    }

    public static List<ListedPrice> at(PriceRepository prices, Scope scope, PlanId plan, Instant effective,
                                       Instant now) {
        return prices.findInEffect(scope, PriceEntityType.PLAN, plan.value(), effective.isAfter(now) ? effective : now);
    }
}
