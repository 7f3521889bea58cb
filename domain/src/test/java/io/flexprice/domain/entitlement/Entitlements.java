package io.flexprice.domain.entitlement;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.pricing.Prices;
import io.flexprice.domain.subscription.NewSubscription;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.tenancy.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Test fixtures: entitlements of a plan and subscriptions to it. */
final class Entitlements {

    static final Scope SCOPE = Scope.of("tenant_1", "env_1");
    static final PlanId PLAN = PlanId.of("plan_pro");
    static final FeatureId API_CALLS = FeatureId.of("feat_api_calls");
    static final Instant CREATED = Instant.parse("2025-12-01T00:00:00Z");

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Entitlements() {
    }

    static Entitlement metered(EntitlementEntityType type, String entityId, String limit, UsageResetPeriod period,
                               boolean soft) {
        return new Entitlement(EntitlementId.of("ent_" + SEQUENCE.incrementAndGet()), SCOPE, type, entityId,
                API_CALLS, FeatureType.METERED, true, limit == null ? null : new BigDecimal(limit), period, soft,
                null, null, null, null, Status.PUBLISHED, Audit.createdBy("test", CREATED));
    }

    static Entitlement ofPlan(String limit) {
        return metered(EntitlementEntityType.PLAN, PLAN.value(), limit, UsageResetPeriod.MONTHLY, false);
    }

    static Entitlement staticValue(FeatureId feature, String value, boolean enabled) {
        return new Entitlement(EntitlementId.of("ent_" + SEQUENCE.incrementAndGet()), SCOPE,
                EntitlementEntityType.PLAN, PLAN.value(), feature, FeatureType.STATIC, enabled, null, null, false,
                value, null, null, null, Status.PUBLISHED, Audit.createdBy("test", CREATED));
    }

    /** A monthly (unless said otherwise) subscription to {@link #PLAN} with a 10.00 fixed fee. */
    static Subscription subscription(String start, BillingCycle cycle, BillingPeriod period, String zone) {
        ListedPrice fee = new ListedPrice(PriceId.of("price_fee"), SCOPE, PriceEntityType.PLAN, PLAN.value(), null,
                null, "Fee", null, Metadata.EMPTY,
                Prices.aPrice().type(PriceType.FIXED).flatFee("10.00").billingPeriod(period).build(),
                Status.PUBLISHED, Audit.createdBy("test", CREATED));
        NewSubscription spec = new NewSubscription(SubscriptionId.of("subs_" + SEQUENCE.incrementAndGet()), SCOPE,
                CustomerId.of("cust_1"), PLAN, Currency.getInstance("USD"), cycle, null, period, 1, ZoneId.of(zone),
                Instant.parse(start), null, null, null, null, null, false, null, null, List.of(), List.of());
        return Subscription.create(spec, List.of(fee),
                () -> SubscriptionLineItemId.of("line_" + SEQUENCE.incrementAndGet()),
                Audit.createdBy("test", Instant.parse(start)));
    }
}
