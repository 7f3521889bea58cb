package io.flexprice.ports.application.creditgrant;

import static io.flexprice.ports.application.creditgrant.CreditGrantWorld.JAN_1;
import static io.flexprice.ports.testing.Fixtures.OTHER_TENANT;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.creditgrant.CreditGrantApplication;
import io.flexprice.domain.creditgrant.CreditGrantApplicationReason;
import io.flexprice.domain.creditgrant.CreditGrantApplicationStatus;
import io.flexprice.domain.creditgrant.CreditGrantCadence;
import io.flexprice.domain.creditgrant.CreditGrantExpiryDurationUnit;
import io.flexprice.domain.creditgrant.CreditGrantExpiryType;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletType;
import io.flexprice.ports.in.creditgrant.CreditGrantRunSummary;
import io.flexprice.ports.testing.Customers;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyDueCreditGrantsServiceTest {

    private static final Instant FEB_1 = Instant.parse("2024-02-01T00:00:00Z");
    private static final Instant MAR_1 = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant MAR_10 = Instant.parse("2024-03-10T12:00:00Z");

    private final CreditGrantWorld world = new CreditGrantWorld();

    private void customer() {
        world.customers.add(Customers.aCustomer().id("cust_1").build());
    }

    @Test
    void aMonthlyPlanGrantLandsOnceInANewPrepaidWalletExpiringAtTheBillingCycleEnd() {
        customer();
        world.subscription(SCOPE, "subs_1", JAN_1, null);
        world.monthlyPlanGrant(SCOPE, "100", CreditGrantExpiryType.BILLING_CYCLE);

        CreditGrantRunSummary first = world.run.applyDue(JAN_1.plusSeconds(60), 10);
        CreditGrantRunSummary second = world.run.applyDue(JAN_1.plusSeconds(120), 10);

        assertThat(first.applied()).hasSize(1);
        CreditGrantApplication applied = first.applied().get(0);
        assertThat(applied.applicationReason()).isEqualTo(CreditGrantApplicationReason.FIRST_TIME_RECURRING_CREDIT_GRANT);
        assertThat(applied.periodStart()).isEqualTo(JAN_1);
        assertThat(applied.periodEnd()).isEqualTo(FEB_1);
        assertThat(applied.idempotencyKey()).isEqualTo("credit_grant:cg_monthly:subs_1:0");
        assertThat(second.total()).as("nothing more is due in January").isZero();
        List<Wallet> wallets = world.wallets.findByCustomer(SCOPE, CustomerId.of("cust_1"));
        assertThat(wallets).singleElement().satisfies(w -> {
            assertThat(w.name()).isEqualTo("Subscription Wallet");
            assertThat(w.type()).isEqualTo(WalletType.PRE_PAID);
            assertThat(w.currency().getCurrencyCode()).isEqualTo("USD");
        });
        assertThat(world.ledger(SCOPE)).containsExactly(
                "SUBSCRIPTION_CREDIT_GRANT 100 2024-02-01T00:00:00Z");
    }

    @Test
    void aRunThatWasMissedCatchesUpPeriodByPeriodWithinItsLimit() {
        customer();
        world.subscription(SCOPE, "subs_1", JAN_1, null);
        world.monthlyPlanGrant(SCOPE, "100", CreditGrantExpiryType.NEVER);

        // due by March 10: January, February and March; the limit of 2 leaves March to the next run
        assertThat(world.run.applyDue(MAR_10, 2).applied()).extracting(CreditGrantApplication::periodStart)
                .containsExactly(JAN_1, FEB_1);
        assertThat(world.run.applyDue(MAR_10, 2).applied()).extracting(CreditGrantApplication::periodStart)
                .containsExactly(MAR_1);
        assertThat(world.run.applyDue(MAR_10, 2).total()).isZero();
        assertThat(world.ledger(SCOPE)).containsExactly("SUBSCRIPTION_CREDIT_GRANT 100 never",
                "SUBSCRIPTION_CREDIT_GRANT 100 never", "SUBSCRIPTION_CREDIT_GRANT 100 never");
        assertThat(world.wallets.findByCustomer(SCOPE, CustomerId.of("cust_1")).get(0).creditBalance())
                .isEqualTo(io.flexprice.domain.wallet.Credits.of("300")); // 3 x 100
    }

    @Test
    void periodsCaughtUpAfterTheirCreditsWouldHaveExpiredAreSkippedWithTheReason() {
        customer();
        world.subscription(SCOPE, "subs_1", JAN_1, null);
        world.monthlyPlanGrant(SCOPE, "100", CreditGrantExpiryType.BILLING_CYCLE);

        CreditGrantRunSummary run = world.run.applyDue(MAR_10, 10);

        // January's credits would expire Feb 1, February's Mar 1: both before March 10
        assertThat(run.skipped()).extracting(CreditGrantApplication::periodStart).containsExactly(JAN_1, FEB_1);
        assertThat(run.skipped().get(0).failureReason()).contains("2024-02-01T00:00:00Z");
        assertThat(run.applied()).extracting(CreditGrantApplication::periodStart).containsExactly(MAR_1);
        assertThat(world.ledger(SCOPE)).containsExactly("SUBSCRIPTION_CREDIT_GRANT 100 2024-04-01T00:00:00Z");
    }

    @Test
    void aOneTimeSubscriptionGrantIsAppliedOnceExpiringAMonthLaterOnTheLastDayOfFebruary() {
        customer();
        Instant jan31 = Instant.parse("2024-01-31T09:00:00Z");
        world.subscription(SCOPE, "subs_1", jan31, null);
        world.grant(SCOPE, "cg_once", "subs_1", "25.5", CreditGrantCadence.ONETIME, CreditGrantExpiryType.DURATION, 1,
                CreditGrantExpiryDurationUnit.MONTH);

        CreditGrantRunSummary run = world.run.applyDue(MAR_10.minusSeconds(86_400 * 30L), 10);

        // Jan 31 + 1 month = Feb 29 (2024 is a leap year), same time of day
        assertThat(run.applied()).singleElement().satisfies(a -> {
            assertThat(a.applicationReason()).isEqualTo(CreditGrantApplicationReason.ONETIME_CREDIT_GRANT);
            assertThat(a.scheduledFor()).isEqualTo(jan31);
            assertThat(a.periodEnd()).isNull();
        });
        assertThat(world.run.applyDue(MAR_10, 10).total()).isZero();
        assertThat(world.ledger(SCOPE)).containsExactly("SUBSCRIPTION_CREDIT_GRANT 25.5 2024-02-29T09:00:00Z");
    }

    @Test
    void anExistingActivePrepaidWalletInTheCurrencyIsCreditedInsteadOfANewOne() {
        customer();
        Wallet existing = world.manageWallets.create(new io.flexprice.ports.in.tenancy.Caller(SCOPE, "tester"),
                new io.flexprice.ports.in.wallet.CreateWalletCommand(
                        new io.flexprice.ports.in.customer.CustomerRef("cust_1", null), "Mine", null,
                        io.flexprice.ports.testing.PriceCommands.USD, WalletType.PRE_PAID, null, null, null, null,
                        null, null, null));
        world.subscription(SCOPE, "subs_1", JAN_1, null);
        world.monthlyPlanGrant(SCOPE, "100", CreditGrantExpiryType.NEVER);

        CreditGrantApplication applied = world.run.applyDue(JAN_1, 10).applied().get(0);

        assertThat(applied.walletId()).isEqualTo(existing.id());
        assertThat(world.wallets.findByCustomer(SCOPE, CustomerId.of("cust_1"))).hasSize(1);
    }

    @Test
    void aFailedApplicationIsRecordedAndRetriedWithTheSameKeyBeforeLaterPeriods() {
        world.subscription(SCOPE, "subs_1", JAN_1, null);
        world.monthlyPlanGrant(SCOPE, "100", CreditGrantExpiryType.NEVER);

        CreditGrantRunSummary failing = world.run.applyDue(FEB_1.plusSeconds(60), 10); // no customer: no wallet

        assertThat(failing.failed()).singleElement().satisfies(f -> {
            assertThat(f.applicationStatus()).isEqualTo(CreditGrantApplicationStatus.FAILED);
            assertThat(f.periodStart()).isEqualTo(JAN_1);
            assertThat(f.failureReason()).startsWith("customer.not_found");
            assertThat(f.retryCount()).isEqualTo(1);
        });
        customer();
        CreditGrantRunSummary retried = world.run.applyDue(FEB_1.plusSeconds(60), 10);
        assertThat(retried.applied()).extracting(CreditGrantApplication::periodStart).containsExactly(JAN_1, FEB_1);
        assertThat(retried.applied().get(0).idempotencyKey()).isEqualTo("credit_grant:cg_monthly:subs_1:0");
        assertThat(retried.applied().get(0).retryCount()).isEqualTo(1);
        assertThat(world.ledger(SCOPE)).hasSize(2);
    }

    @Test
    void nothingIsGrantedFromTheSubscriptionsEndOnNorToDeletedGrantsOrOtherPlans() {
        customer();
        world.subscription(SCOPE, "subs_1", JAN_1, Instant.parse("2024-02-15T00:00:00Z"));
        world.monthlyPlanGrant(SCOPE, "100", CreditGrantExpiryType.NEVER);
        var deleted = world.grant(SCOPE, "cg_deleted", null, "7", CreditGrantCadence.RECURRING,
                CreditGrantExpiryType.NEVER, null, null);
        world.grants.update(deleted.deleted(deleted.audit()));
        world.grant(OTHER_TENANT, "cg_theirs", null, "9", CreditGrantCadence.RECURRING, CreditGrantExpiryType.NEVER,
                null, null);

        CreditGrantRunSummary run = world.run.applyDue(MAR_10, 10);

        // January and February begin before the end on Feb 15; March does not
        assertThat(run.applied()).extracting(CreditGrantApplication::periodStart).containsExactly(JAN_1, FEB_1);
        assertThat(world.ledger(SCOPE)).hasSize(2);
    }
}
