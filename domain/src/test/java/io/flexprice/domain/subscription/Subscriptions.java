package io.flexprice.domain.subscription;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.pricing.Prices;
import io.flexprice.domain.tenancy.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test fixture: a subscription to a plan, by default monthly, anniversary, in USD and UTC, created at its start.
 * {@code aSubscription().startingAt("2026-01-15T00:00:00Z").calendar().to(fixedAdvance("31.00")).build()}.
 */
public final class Subscriptions {

    static final Scope SCOPE = Scope.of("tenant_1", "env_1");
    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");
    static final PlanId PLAN = PlanId.of("plan_basic");
    static final MeterId METER = MeterId.of("meter_tokens");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final List<ListedPrice> prices = new ArrayList<>();
    private final List<PriceOverride> overrides = new ArrayList<>();
    private PlanId plan = PLAN;
    private Currency currency = USD;
    private BillingCycle cycle = BillingCycle.ANNIVERSARY;
    private BillingPeriod period = BillingPeriod.MONTHLY;
    private ZoneId zone = ZoneId.of("UTC");
    private Instant start = Instant.parse("2026-01-01T00:00:00Z");
    private Instant createdAt;
    private Instant trialEnd;
    private Commitment commitment;
    private ProrationBehavior proration;
    private boolean draft;

    private Subscriptions() {
    }

    public static Subscriptions aSubscription() {
        return new Subscriptions();
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /** A plan price; ids are {@code price_<n>}. */
    static ListedPrice listed(PlanId plan, Price terms, MeterId meter, String name) {
        return new ListedPrice(PriceId.of("price_" + SEQUENCE.incrementAndGet()), SCOPE, PriceEntityType.PLAN,
                plan.value(), null, meter, name, null, Metadata.EMPTY, terms, Status.PUBLISHED,
                Audit.createdBy("test", Instant.parse("2025-01-01T00:00:00Z")));
    }

    static Price fixedTerms(String amount, InvoiceCadence cadence) {
        return Prices.aPrice().type(PriceType.FIXED).flatFee(amount).invoiceCadence(cadence).build();
    }

    static ListedPrice fixedAdvance(String amount) {
        return listed(PLAN, fixedTerms(amount, InvoiceCadence.ADVANCE), null, "Platform fee");
    }

    static ListedPrice fixedArrear(String amount) {
        return listed(PLAN, fixedTerms(amount, InvoiceCadence.ARREAR), null, "Support");
    }

    static ListedPrice usage(Price terms) {
        return listed(PLAN, terms, METER, "Tokens");
    }

    static ListedPrice usagePerUnit(String amount) {
        return usage(Prices.aPrice().flatFee(amount).build());
    }

    /** The usage quantity of every usage line of the subscription, all the same. */
    static Map<SubscriptionLineItemId, BigDecimal> usageOf(Subscription subscription, String quantity) {
        Map<SubscriptionLineItemId, BigDecimal> usage = new LinkedHashMap<>();
        subscription.lineItems().stream().filter(SubscriptionLineItem::isUsage)
                .forEach(line -> usage.put(line.id(), new BigDecimal(quantity)));
        return usage;
    }

    Subscriptions to(ListedPrice... planPrices) {
        prices.addAll(List.of(planPrices));
        return this;
    }

    Subscriptions plan(PlanId value) {
        plan = value;
        return this;
    }

    Subscriptions startingAt(String instant) {
        start = Instant.parse(instant);
        return this;
    }

    Subscriptions createdAt(String instant) {
        createdAt = Instant.parse(instant);
        return this;
    }

    Subscriptions calendar() {
        cycle = BillingCycle.CALENDAR;
        return this;
    }

    Subscriptions in(Currency value) {
        currency = value;
        return this;
    }

    Subscriptions zone(String value) {
        zone = ZoneId.of(value);
        return this;
    }

    Subscriptions billed(BillingPeriod value) {
        period = value;
        return this;
    }

    Subscriptions trialUntil(String instant) {
        trialEnd = Instant.parse(instant);
        return this;
    }

    Subscriptions commitment(Commitment value) {
        commitment = value;
        return this;
    }

    Subscriptions proration(ProrationBehavior value) {
        proration = value;
        return this;
    }

    Subscriptions draft() {
        draft = true;
        return this;
    }

    Subscriptions override(PriceOverride value) {
        overrides.add(value);
        return this;
    }

    NewSubscription spec() {
        return new NewSubscription(SubscriptionId.of("subs_" + SEQUENCE.incrementAndGet()), SCOPE,
                CustomerId.of("cust_1"), plan, currency, cycle, null, period, 1, zone, start, null, null, trialEnd,
                commitment, proration, draft, null, null, overrides, null);
    }

    Subscription build() {
        return Subscription.create(spec(), prices, Subscriptions::newLineId,
                Audit.createdBy("test", createdAt != null ? createdAt : start));
    }

    static SubscriptionLineItemId newLineId() {
        return SubscriptionLineItemId.of("subs_line_" + SEQUENCE.incrementAndGet());
    }

    /** Line items of {@code planPrices} for a change of {@code subscription} taking effect at {@code from}. */
    static List<SubscriptionLineItem> linesOf(PlanId plan, Instant from, ListedPrice... planPrices) {
        List<SubscriptionLineItem> lines = new ArrayList<>();
        for (ListedPrice price : planPrices) {
            lines.add(SubscriptionLineItem.snapshot(newLineId(), LineItemEntityType.PLAN, plan.value(), price, null,
                    null, from, null, null, Audit.createdBy("test", from)));
        }
        return lines;
    }
}
