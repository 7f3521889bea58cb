package io.flexprice.ports.application.creditgrant;

import static io.flexprice.ports.application.creditgrant.CreditGrantWorld.JAN_1;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.creditgrant.CreditGrant;
import io.flexprice.domain.creditgrant.CreditGrantApplication;
import io.flexprice.domain.creditgrant.CreditGrantApplicationStatus;
import io.flexprice.domain.creditgrant.CreditGrantCadence;
import io.flexprice.domain.creditgrant.CreditGrantExpiryType;
import io.flexprice.domain.creditgrant.CreditGrantPeriod;
import io.flexprice.domain.creditgrant.CreditGrantScope;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.ports.in.creditgrant.CreateCreditGrantCommand;
import io.flexprice.ports.in.creditgrant.UpdateCreditGrantCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.testing.Customers;
import io.flexprice.ports.testing.FakePlanRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManageCreditGrantsServiceTest {

    private final CreditGrantWorld world = new CreditGrantWorld();
    private final FakePlanRepository plans = new FakePlanRepository();
    private final ManageCreditGrantsService manage = new ManageCreditGrantsService(world.grants, plans,
            world.subscriptions, world.ids, world.clock);
    private final FindCreditGrantsService find = new FindCreditGrantsService(world.grants, world.applications, plans,
            world.subscriptions, world.customers, world.clock);
    private final Caller caller = new Caller(SCOPE, "tester");

    private void plan() {
        plans.insert(new Plan(PlanId.of("plan_1"), SCOPE, "Pro", null, null, Metadata.EMPTY, Status.PUBLISHED,
                Audit.createdBy("a", JAN_1)));
    }

    private static CreateCreditGrantCommand monthly(String plan) {
        return new CreateCreditGrantCommand("Monthly", CreditGrantScope.PLAN, plan == null ? null : PlanId.of(plan),
                null, Credits.of("100"), CreditGrantCadence.RECURRING, CreditGrantPeriod.MONTHLY, null,
                CreditGrantExpiryType.BILLING_CYCLE, null, null, null, null, null, null, null, null);
    }

    @Test
    void aPlanGrantIsCreatedPublishedWithOnePeriodByDefaultAndListedForThePlan() {
        plan();

        CreditGrant created = manage.create(caller, monthly("plan_1"));

        assertThat(created.status()).isEqualTo(Status.PUBLISHED);
        assertThat(created.periodCount()).isEqualTo(1);
        assertThat(created.audit().createdBy()).isEqualTo("tester");
        assertThat(find.ofPlan(caller, PlanId.of("plan_1"))).containsExactly(created);
        assertThat(find.get(caller, created.id())).isEqualTo(created);
    }

    @Test
    void anInvalidGrantNamesEveryViolationAndStoresNothing() {
        CreateCreditGrantCommand invalid = new CreateCreditGrantCommand(" ", CreditGrantScope.SUBSCRIPTION, null,
                null, Credits.of("0"), CreditGrantCadence.RECURRING, null, 0, CreditGrantExpiryType.DURATION, null,
                null, -1, null, null, Instant.parse("2024-02-01T00:00:00Z"), JAN_1, null);

        assertThatThrownBy(() -> manage.create(caller, invalid)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(ValidationException.Violation::field)
                        .containsExactlyInAnyOrder("name", "credits", "subscription_id", "period", "period_count",
                                "expiration_duration", "expiration_duration_unit", "priority", "end_date"));
        assertThat(world.grants.findLiveAcrossTenants()).isEmpty();
    }

    @Test
    void aGrantForAMissingPlanOrSubscriptionIsNotFound() {
        assertThatThrownBy(() -> manage.create(caller, monthly("plan_1")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PLAN_NOT_FOUND));
        CreateCreditGrantCommand forSubscription = new CreateCreditGrantCommand("Once", CreditGrantScope.SUBSCRIPTION,
                null, SubscriptionId.of("subs_missing"), Credits.of("5"), CreditGrantCadence.ONETIME, null, null,
                null, null, null, null, null, null, null, null, null);
        assertThatThrownBy(() -> manage.create(caller, forSubscription))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SUBSCRIPTION_NOT_FOUND));
        assertThat(world.grants.findLiveAcrossTenants()).isEmpty();
    }

    @Test
    void anUpdateChangesTheNameAndMetadataAndADeletedGrantIsGoneFromThePlan() {
        plan();
        CreditGrant created = manage.create(caller, monthly("plan_1"));

        CreditGrant renamed = manage.update(caller, created.id(),
                new UpdateCreditGrantCommand("Renamed", Metadata.of(Map.of("k", "v"))));
        manage.delete(caller, created.id());

        assertThat(renamed.name()).isEqualTo("Renamed");
        assertThat(renamed.metadata().values()).containsEntry("k", "v");
        assertThat(renamed.credits()).isEqualTo(created.credits());
        assertThat(find.get(caller, created.id()).status()).isEqualTo(Status.DELETED);
        assertThat(find.ofPlan(caller, PlanId.of("plan_1"))).isEmpty();
        assertThatThrownBy(() -> manage.delete(caller, created.id()))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CREDIT_GRANT_NOT_FOUND));
    }

    @Test
    void upcomingGrantsAreTheNextPeriodOfEachGrantAfterWhatWasApplied() {
        plan();
        world.customers.add(Customers.aCustomer().id("cust_1").build());
        world.subscription(SCOPE, "subs_1", JAN_1, null);
        world.monthlyPlanGrant(SCOPE, "100", CreditGrantExpiryType.NEVER);
        world.grant(SCOPE, "cg_once", "subs_1", "5", CreditGrantCadence.ONETIME, CreditGrantExpiryType.NEVER, null,
                null);
        world.run.applyDue(JAN_1, 10);

        List<CreditGrantApplication> upcoming = find.upcoming(caller, SubscriptionId.of("subs_1"));

        // the one-time grant is applied and has nothing more; the monthly one next applies on Feb 1 (index 1)
        assertThat(upcoming).singleElement().satisfies(a -> {
            assertThat(a.creditGrantId().value()).isEqualTo("cg_monthly");
            assertThat(a.periodIndex()).isEqualTo(1);
            assertThat(a.scheduledFor()).isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
            assertThat(a.applicationStatus()).isEqualTo(CreditGrantApplicationStatus.PENDING);
        });
        assertThat(find.applications(caller, SubscriptionId.of("subs_1"))).hasSize(2);
    }

    @Test
    void aCustomersUpcomingGrantsAreThoseOfEachOfItsSubscriptionsSoonestFirst() {
        plan();
        world.customers.add(Customers.aCustomer().id("cust_1").build());
        world.subscription(SCOPE, "subs_1", JAN_1, null);
        world.subscription(SCOPE, "subs_2", JAN_1.plusSeconds(86_400), null);
        world.monthlyPlanGrant(SCOPE, "100", CreditGrantExpiryType.NEVER);
        world.run.applyDue(JAN_1, 10);

        List<CreditGrantApplication> upcoming = find.upcomingOfCustomer(caller, CustomerId.of("cust_1"));

        // subs_1 had its January credits on Jan 1 and next gets them on Feb 1; subs_2 (from Jan 2) was not yet due,
        // so its first period (index 0) is next, on Jan 2
        assertThat(upcoming).extracting(a -> a.subscriptionId().value() + " " + a.periodIndex() + " "
                        + a.scheduledFor())
                .containsExactly("subs_2 0 2024-01-02T00:00:00Z", "subs_1 1 2024-02-01T00:00:00Z");
        // one plan grant, two subscriptions: two applications, told apart by their ids
        assertThat(upcoming).extracting(a -> a.id().value()).doesNotHaveDuplicates();
    }

    @Test
    void anUnknownCustomerHasNoUpcomingGrants() {
        assertThatThrownBy(() -> find.upcomingOfCustomer(caller, CustomerId.of("cust_nobody")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("cust_nobody");
    }
}
