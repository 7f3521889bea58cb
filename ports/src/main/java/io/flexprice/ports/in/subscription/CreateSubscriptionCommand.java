package io.flexprice.ports.in.subscription;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.subscription.Commitment;
import io.flexprice.domain.subscription.PriceOverride;
import io.flexprice.domain.subscription.ProrationBehavior;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A new subscription, as the edge parsed it. The customer is {@code customerId} or, if that is null,
 * {@code externalCustomerId}. Null means the default: start now, anniversary cycle anchored at the start,
 * period count 1, the customer's time zone ({@code customerTimezone} overrides it), no trial, no commitment,
 * CREATE_PRORATIONS. {@code draft} creates a draft to activate later. {@code coupons}: ids of coupons to attach from
 * the start (FlexPrice's {@code coupons}), redeemed in the unit of work that creates the subscription.
 */
public record CreateSubscriptionCommand(String customerId, String externalCustomerId, String planId,
                                        Currency currency, BillingCycle billingCycle, BillingPeriod billingPeriod,
                                        Integer billingPeriodCount, String customerTimezone, Instant startDate,
                                        Instant endDate, Instant trialStart, Instant trialEnd,
                                        Commitment commitment, ProrationBehavior prorationBehavior, boolean draft,
                                        String lookupKey, Map<String, String> metadata,
                                        List<PriceOverride> overrides, List<LineItem> lineItems,
                                        List<String> coupons) {

    public CreateSubscriptionCommand {
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
        coupons = coupons == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(coupons));
    }

    /** A price added beside the plan's: FlexPrice's {@code line_items[i]} with a {@code price_id}. */
    public record LineItem(String priceId, BigDecimal quantity, String displayName, Instant startDate,
                           Instant endDate, Map<String, String> metadata) {
    }
}
