package io.flexprice.domain.subscription;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.tenancy.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * What a new subscription is made of, before its line items: see {@link Subscription#create}. {@code anchor}
 * null means the start date; {@code trialStart} null means the start date; {@code draft} creates it in
 * {@link SubscriptionStatus#DRAFT}, to be activated later.
 */
public record NewSubscription(SubscriptionId id, Scope scope, CustomerId customerId, PlanId planId,
                              Currency currency, BillingCycle cycle, Instant anchor, BillingPeriod period,
                              int periodCount, ZoneId zone, Instant startDate, Instant endDate, Instant trialStart,
                              Instant trialEnd, Commitment commitment, ProrationBehavior prorationBehavior,
                              boolean draft, String lookupKey, Metadata metadata, List<PriceOverride> overrides,
                              List<ExtraLine> extraLines) {

    public NewSubscription {
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        extraLines = extraLines == null ? List.of() : List.copyOf(extraLines);
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        commitment = commitment == null ? Commitment.NONE : commitment;
        prorationBehavior = prorationBehavior == null ? ProrationBehavior.CREATE_PRORATIONS : prorationBehavior;
        cycle = cycle == null ? BillingCycle.ANNIVERSARY : cycle;
    }

    /**
     * A line added to the subscription beside its plan's ({@code line_items} of the create request): a stored
     * price, snapshotted like the plan's. Null dates mean the subscription's start and end.
     */
    public record ExtraLine(ListedPrice price, BigDecimal quantity, String displayName, Instant startDate,
                            Instant endDate, Metadata metadata) {
    }
}
