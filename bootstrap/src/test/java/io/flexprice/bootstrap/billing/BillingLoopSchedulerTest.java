package io.flexprice.bootstrap.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.ports.in.billing.BillDueSubscriptionsUseCase;
import io.flexprice.ports.in.billing.BillingRunSummary;
import io.flexprice.ports.in.creditgrant.ApplyDueCreditGrantsUseCase;
import io.flexprice.ports.in.creditgrant.CreditGrantRunSummary;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.ExpireWalletCreditsUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BillingLoopSchedulerTest {

    private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void aRunCallsTheUseCaseInBatchesUntilABatchComesBackShort() {
        List<Integer> limits = new ArrayList<>();
        AtomicInteger due = new AtomicInteger(250); // 100 + 100 + 50
        BillDueSubscriptionsUseCase billing = (now, limit) -> {
            limits.add(limit);
            int billed = Math.min(limit, due.getAndAdd(-Math.min(limit, due.get())));
            return new BillingRunSummary(billed, 0, 0, List.of());
        };

        new BillingLoopScheduler(billing, NO_GRANTS, expiry(new ArrayList<>(), null), CLOCK, Duration.ofMinutes(1)).runOnce();

        assertThat(limits).containsExactly(100, 100, 100);
        assertThat(due.get()).isZero();
    }

    @Test
    void aRunAppliesTheDueCreditGrantsFirstAndAFailingGrantRunDoesNotStopTheBilling() {
        List<String> calls = new ArrayList<>();
        BillDueSubscriptionsUseCase billing = (now, limit) -> {
            calls.add("bill " + now);
            return new BillingRunSummary(0, 0, 0, List.of());
        };
        ApplyDueCreditGrantsUseCase grants = (now, limit) -> {
            calls.add("grants " + now + " " + limit);
            return new CreditGrantRunSummary(List.of(), List.of(), List.of());
        };
        ApplyDueCreditGrantsUseCase failingGrants = (now, limit) -> {
            calls.add("grants failed");
            throw new IllegalStateException("storage unavailable");
        };

        new BillingLoopScheduler(billing, grants, expiry(new ArrayList<>(), null), CLOCK, Duration.ofMinutes(1)).runOnce();
        new BillingLoopScheduler(billing, failingGrants, expiry(new ArrayList<>(), null), CLOCK, Duration.ofMinutes(1)).runOnce();

        assertThat(calls).containsExactly("grants " + NOW + " 100", "bill " + NOW, "grants failed", "bill " + NOW);
    }

    @Test
    void aRunExpiresWalletCreditsBeforeGrantsAndBillingAndAFailingExpiryStopsNeither() {
        List<String> calls = new ArrayList<>();
        BillDueSubscriptionsUseCase billing = (now, limit) -> {
            calls.add("bill");
            return new BillingRunSummary(0, 0, 0, List.of());
        };
        ApplyDueCreditGrantsUseCase grants = (now, limit) -> {
            calls.add("grants");
            return new CreditGrantRunSummary(List.of(), List.of(), List.of());
        };

        new BillingLoopScheduler(billing, grants, expiry(calls, null), CLOCK, Duration.ofMinutes(1)).runOnce();
        new BillingLoopScheduler(billing, grants, expiry(calls, new IllegalStateException("storage unavailable")),
                CLOCK, Duration.ofMinutes(1)).runOnce();

        assertThat(calls).containsExactly("expire " + NOW, "grants", "bill", "expire " + NOW, "grants", "bill");
    }

    private static final ApplyDueCreditGrantsUseCase NO_GRANTS =
            (now, limit) -> new CreditGrantRunSummary(List.of(), List.of(), List.of());

    private static ExpireWalletCreditsUseCase expiry(List<String> calls, RuntimeException failure) {
        return new ExpireWalletCreditsUseCase() {
            @Override
            public List<WalletTransaction> expire(Caller caller, Instant now) {
                throw new AssertionError("the loop expires in every scope");
            }

            @Override
            public List<WalletTransaction> expireInEveryScope(Instant now) {
                calls.add("expire " + now);
                if (failure != null) {
                    throw failure;
                }
                return List.of();
            }
        };
    }

    @Test
    void aRunThatThrowsIsLoggedAndTheScheduleGoesOnUntilStopped() throws Exception {
        List<Instant> runs = new CopyOnWriteArrayList<>();
        CountDownLatch threeRuns = new CountDownLatch(3);
        BillDueSubscriptionsUseCase billing = (now, limit) -> {
            runs.add(now);
            threeRuns.countDown();
            throw new IllegalStateException("storage unavailable");
        };
        BillingLoopScheduler scheduler = new BillingLoopScheduler(billing, NO_GRANTS,
                expiry(new ArrayList<>(), null), CLOCK, Duration.ofMillis(20));

        scheduler.start();
        boolean ranThrice = threeRuns.await(10, TimeUnit.SECONDS);
        scheduler.stop();
        int afterStop = runs.size();
        Thread.sleep(100);

        assertThat(ranThrice).isTrue();
        assertThat(runs).containsOnly(NOW);
        assertThat(runs).as("nothing runs after stop").hasSize(afterStop);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                thread -> thread.isAlive() && thread.getName().equals(BillingLoopScheduler.THREAD_NAME));
    }
}
