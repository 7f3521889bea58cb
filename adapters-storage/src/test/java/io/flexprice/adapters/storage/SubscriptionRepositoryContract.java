package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.SearchFixtures.after;
import static io.flexprice.adapters.storage.SearchFixtures.asc;
import static io.flexprice.adapters.storage.SearchFixtures.desc;
import static io.flexprice.adapters.storage.SearchFixtures.eq;
import static io.flexprice.adapters.storage.SearchFixtures.in;
import static io.flexprice.adapters.storage.SearchFixtures.notIn;
import static io.flexprice.adapters.storage.SearchFixtures.sortedBy;
import static io.flexprice.adapters.storage.SearchFixtures.where;
import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceTier;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.pricing.RoundType;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.domain.pricing.TransformQuantity;
import io.flexprice.domain.subscription.ChangeTiming;
import io.flexprice.domain.subscription.ChangeType;
import io.flexprice.domain.subscription.Commitment;
import io.flexprice.domain.subscription.LineItemEntityType;
import io.flexprice.domain.subscription.NewSubscription;
import io.flexprice.domain.subscription.PauseMode;
import io.flexprice.domain.subscription.PriceOverride;
import io.flexprice.domain.subscription.ProrationBehavior;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItem;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.subscription.SubscriptionPauseId;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link SubscriptionRepository} does: a subscription is stored and read back whole. */
public abstract class SubscriptionRepositoryContract {

    private static final Currency USD = Currency.getInstance("USD");

    protected final Scope scope = Fixtures.aScope();

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract SubscriptionRepository repository();

    private static ListedPrice price(Scope in, Price terms, MeterId meter) {
        return new ListedPrice(new PriceId(Fixtures.uniqueId("price")), in, PriceEntityType.PLAN, "plan_1", null, meter,
                "Price", null, Metadata.EMPTY, terms, Status.PUBLISHED, Audit.createdBy("alice", T0));
    }

    private static Price fixed(String amount) {
        return new Price(PriceType.FIXED, BillingModel.FLAT_FEE, USD, new BigDecimal(amount), null, null, null,
                BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ADVANCE, new BigDecimal("1"));
    }

    private static SubscriptionFilter activeAt(Instant at) {
        return new SubscriptionFilter(null, null, null, null, null, null, null, null, at);
    }

    protected Subscription aSubscription(Scope in, String customer, String plan, Instant createdAt) {
        ListedPrice fee = price(in, fixed("49.99"), null);
        ListedPrice tokens = price(in, new Price(PriceType.USAGE, BillingModel.TIERED, USD, null, TierMode.SLAB,
                List.of(new PriceTier(new BigDecimal("1000"), new BigDecimal("0.010"), new BigDecimal("5.00")),
                        new PriceTier(null, new BigDecimal("0.000000000125"), null)),
                null, BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ARREAR, null),
                MeterId.of("meter_1"));
        ListedPrice packaged = price(in, new Price(PriceType.USAGE, BillingModel.PACKAGE, USD, new BigDecimal("5"),
                null, null, new TransformQuantity(new BigDecimal("100"), RoundType.UP), BillingCadence.RECURRING,
                BillingPeriod.MONTHLY, 1, InvoiceCadence.ARREAR, null), MeterId.of("meter_2"));
        NewSubscription spec = new NewSubscription(new SubscriptionId(Fixtures.uniqueId("subs")), in,
                new CustomerId(customer), new PlanId(plan), USD, BillingCycle.CALENDAR, null, BillingPeriod.MONTHLY, 1,
                ZoneId.of("Europe/Berlin"), T0.plusSeconds(3600), null, null, T0.plusSeconds(86_400 * 7),
                new Commitment(new BigDecimal("100.50"), new BigDecimal("1.25"), true),
                ProrationBehavior.CREATE_PRORATIONS, false, "lk", Metadata.of(Map.of("team", "a")),
                List.of(new PriceOverride(fee.id(), new BigDecimal("39.99"), new BigDecimal("3"), null, null, null,
                        null)), null);
        return Subscription.create(spec, List.of(fee, tokens, packaged),
                () -> new SubscriptionLineItemId(Fixtures.uniqueId("subs_line")), Audit.createdBy("alice", createdAt));
    }

    @Test
    void subscriptionIsReadBackWholeWithItsLineItemsPausesAndScheduledChange() {
        Subscription created = aSubscription(scope, "cust_1", "plan_1", T0);
        Instant now = T0.plusSeconds(86_400 * 8);
        Subscription paused = created.paused(new SubscriptionPauseId(Fixtures.uniqueId("pause")), PauseMode.SCHEDULED,
                now.plusSeconds(3600), now.plusSeconds(7200), "holiday", Metadata.of(Map.of("by", "bob")), now,
                created.audit().updatedBy("bob", now));
        SubscriptionLineItem next = SubscriptionLineItem.snapshot(new SubscriptionLineItemId(Fixtures.uniqueId("l")),
                LineItemEntityType.PLAN, "plan_2", price(scope, fixed("9.50"), null), null, null,
                paused.currentPeriod().end(), null, null, Audit.createdBy("carol", now));
        Subscription changing = paused.planChanged(new PlanId("plan_2"), List.of(next), paused.billing(),
                ChangeTiming.END_OF_PERIOD, ChangeType.DOWNGRADE, now, paused.audit());

        repository().insert(created);
        assertThat(repository().findById(scope, created.id())).contains(created);
        repository().update(changing);

        assertThat(repository().findById(scope, created.id())).contains(changing);
        assertThat(changing.pauses()).hasSize(1);
        assertThat(changing.scheduledChange()).isNotNull();
        assertThat(changing.lineItems()).hasSize(4);
    }

    @Test
    void aSubscriptionIsFoundByAnyOfItsLineItemsInItsScopeOnly() {
        Subscription subscription = aSubscription(scope, "cust_1", "plan_1", T0);
        repository().insert(subscription);
        Scope other = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));
        SubscriptionLineItemId line = subscription.lineItems().get(1).id();

        assertThat(repository().findByLineItemId(scope, line)).contains(subscription);
        assertThat(repository().findByLineItemId(scope, new SubscriptionLineItemId("subs_line_none"))).isEmpty();
        assertThat(repository().findByLineItemId(other, line)).isEmpty();
        assertThat(repository().findById(other, subscription.id())).isEmpty();
        assertThat(repository().lockById(scope, subscription.id())).contains(subscription);
        assertThat(repository().lockById(other, subscription.id())).isEmpty();
        assertThat(repository().search(other, SubscriptionFilter.ALL_LIVE, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void searchNarrowsByIdsCustomersPlansStatusesAndPagesNewestFirst() {
        Subscription oldest = aSubscription(scope, "cust_1", "plan_1", T0);
        Subscription middle = aSubscription(scope, "cust_2", "plan_1", T0.plusSeconds(1));
        Subscription newest = aSubscription(scope, "cust_1", "plan_2", T0.plusSeconds(2))
                .cancelled(io.flexprice.domain.subscription.CancellationType.IMMEDIATE, T0.plusSeconds(86_400 * 8),
                        Audit.createdBy("x", T0.plusSeconds(2)));
        Subscription deleted = new Subscription(new SubscriptionId(Fixtures.uniqueId("subs")), scope,
                oldest.customerId(), oldest.planId(), null, oldest.subscriptionStatus(), USD, oldest.billing(),
                oldest.startDate(), null, null, null, oldest.currentPeriod(), false, null, null, null, null,
                oldest.lineItems(), null, null, null, Status.DELETED, Audit.createdBy("x", T0.plusSeconds(3)));
        for (Subscription s : List.of(middle, newest, oldest)) {
            repository().insert(s);
        }
        repository().insert(deleted);

        assertThat(search(SubscriptionFilter.ALL_LIVE).items()).containsExactly(newest, middle, oldest);
        assertThat(search(new SubscriptionFilter(null, null, null, null, Status.DELETED)).items())
                .containsExactly(deleted);
        assertThat(search(new SubscriptionFilter(null, List.of("cust_1"), null, null, null)).items())
                .containsExactly(newest, oldest);
        assertThat(search(new SubscriptionFilter(null, null, List.of("plan_1"), null, null)).items())
                .containsExactly(middle, oldest);
        assertThat(search(new SubscriptionFilter(List.of(middle.id().value()), null, null, null, null)).items())
                .containsExactly(middle);
        assertThat(search(new SubscriptionFilter(null, null, null, List.of(SubscriptionStatus.CANCELLED), null))
                .items()).containsExactly(newest);
        // every fixture is billed monthly and, as every subscription, recurring
        assertThat(search(new SubscriptionFilter(null, null, null, null, null, null,
                List.of(BillingPeriod.MONTHLY), List.of(BillingCadence.RECURRING, BillingCadence.ONETIME), null))
                .items()).containsExactly(newest, middle, oldest);
        assertThat(search(new SubscriptionFilter(null, null, null, null, null, null, List.of(BillingPeriod.ANNUAL),
                null, null)).items()).isEmpty();
        assertThat(search(new SubscriptionFilter(null, null, null, null, null, null, null,
                List.of(BillingCadence.ONETIME), null)).total()).isZero();
        // every fixture starts at T0 + 1h; the newest is cancelled at T0 + 8 days
        assertThat(search(activeAt(T0)).items()).isEmpty();
        assertThat(search(activeAt(T0.plusSeconds(3600))).items()).containsExactly(newest, middle, oldest);
        assertThat(search(activeAt(T0.plusSeconds(86_400 * 8 - 1))).items()).containsExactly(newest, middle, oldest);
        assertThat(search(activeAt(T0.plusSeconds(86_400 * 8))).items()).containsExactly(middle, oldest);
        Page<Subscription> page = repository().search(scope, SubscriptionFilter.ALL_LIVE,
                new PageRequest(1, 1, SortOrder.ASC));
        assertThat(page.items()).containsExactly(middle);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void updateOfASubscriptionThatIsNotStoredInTheScopeFails() {
        assertThatThrownBy(() -> repository().update(aSubscription(scope, "cust_1", "plan_1", T0)))
                .isInstanceOf(IllegalStateException.class);
    }

    private Page<Subscription> search(SubscriptionFilter filter) {
        return repository().search(scope, filter, PageRequest.first(10));
    }

    @Test
    void searchConditionsFilterAndSortOnTheWireValuesWithTheMatchingTotal() {
        Subscription oldest = aSubscription(scope, "cust_1", "plan_1", T0);
        Subscription middle = aSubscription(scope, "cust_2", "plan_1", T0.plusSeconds(1));
        Subscription newest = aSubscription(scope, "cust_1", "plan_2", T0.plusSeconds(2))
                .cancelled(io.flexprice.domain.subscription.CancellationType.IMMEDIATE, T0.plusSeconds(86_400 * 8),
                        Audit.createdBy("x", T0.plusSeconds(2)));
        for (Subscription s : List.of(middle, newest, oldest)) {
            repository().insert(s);
        }

        assertThat(searchWith(where(in("customer_id", "cust_1"))).items()).containsExactly(newest, oldest);
        assertThat(searchWith(where(eq("subscription_status", "cancelled"))).items()).containsExactly(newest);
        // the currency as the API shows it, in lower case
        assertThat(searchWith(where(eq("currency", "usd"))).total()).isEqualTo(3);
        assertThat(searchWith(where(eq("currency", "USD"))).total()).isZero();
        assertThat(searchWith(where(eq("plan_id", "plan_1"), after("created_at", T0))).items())
                .containsExactly(middle);
        // plan_2 first, then plan_1 newest first
        assertThat(searchWith(sortedBy(desc("plan_id"))).items()).containsExactly(newest, middle, oldest);
        // only the cancelled one has cancelled_at: first ascending, the others after it
        assertThat(searchWith(sortedBy(asc("cancelled_at"))).items()).containsExactly(newest, middle, oldest);
        Page<Subscription> page = repository().search(scope, new SubscriptionFilter(null, null, null, null, null,
                where(notIn("subscription_status", "cancelled"))), new PageRequest(1, 1, SortOrder.ASC));
        assertThat(page.items()).containsExactly(middle); // the second page of one, oldest first
        assertThat(page.total()).isEqualTo(2);
    }

    private Page<Subscription> searchWith(io.flexprice.domain.common.SearchConditions conditions) {
        return search(new SubscriptionFilter(null, null, null, null, null, conditions));
    }
}
