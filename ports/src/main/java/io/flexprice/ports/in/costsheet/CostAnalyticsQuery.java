package io.flexprice.ports.in.costsheet;

import io.flexprice.ports.in.tenancy.Caller;

/** FlexPrice's cost analytics: revenue, cost and margin per customer, feature and period. */
public interface CostAnalyticsQuery {

    /**
     * Cost: for each usage price of the active costsheet (entity type COSTSHEET), the customer's usage of its
     * meter in the part of the range the price is in effect, priced with {@code PriceCalculator}. Revenue: the
     * USAGE charges of the customer's subscriptions (not drafts) for the usage in the range, as
     * {@code SubscriptionCharges.arrear} prices it for each billing period overlapping the range. Only amounts of
     * the request's currency count.
     *
     * @throws io.flexprice.domain.common.NotFoundException if the customer named is missing
     */
    CostAnalytics analyse(Caller caller, CostAnalyticsRequest request);
}
