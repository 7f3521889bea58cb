package io.flexprice.ports.application.subscription;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Customers.aCustomer;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static io.flexprice.ports.testing.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.subscription.NewSubscription;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.ports.testing.FakeCustomerRepository;
import io.flexprice.ports.testing.FakeMeterRepository;
import io.flexprice.ports.testing.FakePlanRepository;
import io.flexprice.ports.testing.FakeSubscriptionRepository;
import io.flexprice.ports.testing.PriceCommands;
import io.flexprice.ports.testing.RecordingUsageReader;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindSubscriptionsServiceTest {

    private final FakeSubscriptionRepository subscriptions = new FakeSubscriptionRepository();
    private final FakeCustomerRepository customers = new FakeCustomerRepository();
    private final FindSubscriptionsService find = new FindSubscriptionsService(subscriptions, customers,
            new FakePlanRepository(), new FakeMeterRepository(), new RecordingUsageReader(), CLOCK);

    /** A monthly subscription stored in January 2024 and never touched since. */
    private Subscription storedInJanuary() {
        customers.add(aCustomer().build());
        ListedPrice fee = new ListedPrice(PriceId.of("price_1"), SCOPE, PriceEntityType.PLAN, "plan_1", null, null,
                "Fee", null, Metadata.EMPTY, PriceCommands.flatFee("10.00"), Status.PUBLISHED,
                Audit.createdBy("a", at("2024-01-01T00:00:00Z")));
        Subscription subscription = Subscription.create(new NewSubscription(SubscriptionId.of("subs_1"), SCOPE,
                        customers.all().get(0).id(), PlanId.of("plan_1"), PriceCommands.USD, BillingCycle.ANNIVERSARY,
                        null, BillingPeriod.MONTHLY, 1, ZoneId.of("UTC"), at("2024-01-15T00:00:00Z"), null, null,
                        null, null, null, false, null, null, null, null),
                List.of(fee), () -> SubscriptionLineItemId.of("line_1"), Audit.createdBy("a", at("2024-01-15T00:00:00Z")));
        subscriptions.insert(subscription);
        return subscription;
    }

    @Test
    void getRollsAStoredSubscriptionToThePeriodItIsInNowWithoutStoringIt() {
        Subscription stored = storedInJanuary();

        Subscription now = find.get(aCaller().build(), stored.id());

        // NOW is 2024-03-10: the anniversary period of February 15th to March 15th
        assertThat(now.currentPeriod()).isEqualTo(new Period(at("2024-02-15T00:00:00Z"), at("2024-03-15T00:00:00Z")));
        assertThat(subscriptions.stored(stored.id())).isEqualTo(stored);
        assertThat(find.pauses(aCaller().build(), stored.id())).isEmpty();
    }

    @Test
    void aSubscriptionOfAnotherEnvironmentIsNotFound() {
        Subscription stored = storedInJanuary();

        assertThatThrownBy(() -> find.get(aCaller().in(OTHER_ENVIRONMENT).build(), stored.id()))
                .isInstanceOf(NotFoundException.class);
    }
}
