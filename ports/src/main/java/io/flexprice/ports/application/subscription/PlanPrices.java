package io.flexprice.ports.application.subscription;

import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.pricing.PriceFilter;
import io.flexprice.ports.out.pricing.PriceRepository;
import java.time.Instant;
import java.util.List;

/**
 * The one place that answers "which prices does this plan have at instant t", for subscriptions created from
 * a plan and plan changes. Today prices are not versioned: the plan's live prices, oldest first, whatever
 * {@code at}. When prices gain start and end dates, this becomes the versioned query.
 */
public final class PlanPrices {

    /** The most prices a plan is expected to have. */
    static final int MAX_PRICES = PageRequest.MAX_LIMIT;

    private PlanPrices() {
    }

    public static List<ListedPrice> at(PriceRepository prices, Scope scope, PlanId plan, Instant at) {
        return prices.search(scope, PriceFilter.ofEntity(plan.value()),
                new PageRequest(MAX_PRICES, 0, PageRequest.SortOrder.ASC)).items();
    }
}
