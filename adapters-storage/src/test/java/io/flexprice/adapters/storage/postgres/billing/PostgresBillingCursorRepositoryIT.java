package io.flexprice.adapters.storage.postgres.billing;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.adapters.storage.BillingCursorRepositoryContract;
import io.flexprice.adapters.storage.Fixtures;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.adapters.storage.postgres.PostgresTransactions;
import io.flexprice.domain.subscription.BillingCursor;
import io.flexprice.ports.out.billing.BillingCursorRepository;
import io.flexprice.ports.out.common.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PostgresBillingCursorRepositoryIT extends BillingCursorRepositoryContract {

    private final PostgresBillingCursorRepository repository =
            new PostgresBillingCursorRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresTransactions transactions = PostgresTestDatabase.shared().transactions();

    @Override
    protected BillingCursorRepository repository() {
        return repository;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Test
    void aCursorClaimedByAnOpenUnitOfWorkIsSkippedNotWaitedFor() throws Exception {
        Instant epoch = anEpoch();
        Instant now = epoch.plus(Duration.ofDays(10));
        BillingCursor first = aCursor(Fixtures.aScope(), dayAfter(epoch, 1));
        BillingCursor second = aCursor(Fixtures.aScope(), dayAfter(epoch, 2));
        repository.save(first);
        repository.save(second);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        CompletableFuture<List<BillingCursor>> holder = CompletableFuture.supplyAsync(() ->
                transactions.inTransaction(() -> {
                    List<BillingCursor> claimed = repository.claimDueAcrossTenants(now, 1);
                    held.countDown();
                    await(release);
                    return claimed;
                }));
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
        long started = System.nanoTime();
        List<BillingCursor> other = transactions.inTransaction(() -> repository.claimDueAcrossTenants(now, 10));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        release.countDown();

        assertThat(holder.get(10, TimeUnit.SECONDS)).containsExactly(first);
        assertThat(other).as("the held cursor is passed over").containsExactly(second);
        assertThat(took).as("without waiting for the holder").isLessThan(Duration.ofSeconds(5));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
