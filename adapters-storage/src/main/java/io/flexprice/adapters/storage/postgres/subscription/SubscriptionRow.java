package io.flexprice.adapters.storage.postgres.subscription;

import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.subscription.Commitment;
import io.flexprice.domain.subscription.ProrationBehavior;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionBilling;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;

/**
 * A row of {@code subscriptions}: the scalar fields as columns (instants as {@code timestamptz}, enums as their
 * wire values), line items, pauses and the scheduled change as JSONB documents ({@link SubscriptionJson}).
 */
final class SubscriptionRow extends ScopedRow {

    private String customerId;
    private String planId;
    private String lookupKey;
    private String subscriptionStatus;
    private String currency;
    private String billingCycle;
    private Instant billingAnchor;
    private String billingPeriod;
    private int billingPeriodCount;
    private String customerTimezone;
    private Instant startDate;
    private Instant endDate;
    private Instant trialStart;
    private Instant trialEnd;
    private Instant currentPeriodStart;
    private Instant currentPeriodEnd;
    private boolean cancelAtPeriodEnd;
    private Instant cancelAt;
    private Instant cancelledAt;
    private BigDecimal commitmentAmount;
    private BigDecimal overageFactor;
    private boolean enableTrueUp;
    private String prorationBehavior;
    private String lineItems;
    private String pauses;
    private String scheduledChange;
    private String metadata;

    static SubscriptionRow from(Subscription s) {
        SubscriptionRow row = new SubscriptionRow();
        row.fill(s.id().value(), s.scope(), s.status(), s.audit());
        row.customerId = s.customerId().value();
        row.planId = s.planId().value();
        row.lookupKey = s.lookupKey();
        row.subscriptionStatus = s.subscriptionStatus().wireValue();
        row.currency = s.currency().getCurrencyCode();
        row.billingCycle = s.billing().cycle().name();
        row.billingAnchor = s.billing().anchor();
        row.billingPeriod = s.billing().period().name();
        row.billingPeriodCount = s.billing().periodCount();
        row.customerTimezone = s.billing().zone().getId();
        row.startDate = s.startDate();
        row.endDate = s.endDate();
        row.trialStart = s.trialStart();
        row.trialEnd = s.trialEnd();
        row.currentPeriodStart = s.currentPeriod().start();
        row.currentPeriodEnd = s.currentPeriod().end();
        row.cancelAtPeriodEnd = s.cancelAtPeriodEnd();
        row.cancelAt = s.cancelAt();
        row.cancelledAt = s.cancelledAt();
        row.commitmentAmount = s.commitment().amount();
        row.overageFactor = s.commitment().overageFactor();
        row.enableTrueUp = s.commitment().trueUp();
        row.prorationBehavior = s.prorationBehavior().wireValue();
        row.lineItems = SubscriptionJson.writeLines(s.lineItems());
        row.pauses = SubscriptionJson.writePauses(s.pauses());
        row.scheduledChange = SubscriptionJson.writeChange(s.scheduledChange());
        row.metadata = JsonColumns.write(s.metadata().values());
        return row;
    }

    Subscription toDomain() {
        return new Subscription(new SubscriptionId(id), scope(), new CustomerId(customerId), new PlanId(planId),
                lookupKey, SubscriptionStatus.fromWire(subscriptionStatus), Currency.getInstance(currency),
                new SubscriptionBilling(BillingCycle.valueOf(billingCycle), billingAnchor,
                        BillingPeriod.valueOf(billingPeriod), billingPeriodCount, ZoneId.of(customerTimezone)),
                startDate, endDate, trialStart, trialEnd, new Period(currentPeriodStart, currentPeriodEnd),
                cancelAtPeriodEnd, cancelAt, cancelledAt, new Commitment(commitmentAmount, overageFactor, enableTrueUp),
                ProrationBehavior.fromWire(prorationBehavior), SubscriptionJson.readLines(lineItems, audit()),
                SubscriptionJson.readPauses(pauses), SubscriptionJson.readChange(scheduledChange),
                Metadata.of(JsonColumns.readStringMap(metadata)), status, audit());
    }
}
