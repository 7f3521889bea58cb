package io.flexprice.sdk.subscriptions;

import io.flexprice.sdk.prices.BillingCadence;
import io.flexprice.sdk.prices.BillingPeriod;
import java.time.Instant;

/**
 * FlexPrice's {@code dto.BillingCycleInfo}: the billing a subscription has after a change.
 *
 * @param billingAnchor the instant the periods are laid from
 * @param billingCadence recurring
 * @param billingPeriod the period
 * @param billingPeriodCount how many periods one billing period spans
 * @param periodStart the current period's start
 * @param periodEnd the current period's end
 */
public record BillingCycleInfo(Instant billingAnchor, BillingCadence billingCadence, BillingPeriod billingPeriod,
                               Integer billingPeriodCount, Instant periodStart, Instant periodEnd) {


}
