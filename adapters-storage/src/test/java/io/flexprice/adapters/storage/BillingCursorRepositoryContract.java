package io.flexprice.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.subscription.BillingCursor;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.billing.BillingCursorRepository;
import io.flexprice.ports.out.common.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BillingCursorRepository} does. Claims are across tenants, and the Postgres contract shares its
 * database with every other test: each test works in its own stretch of time ({@link #anEpoch()}), earlier than
 * every stretch used before it in the run, so the cursors other tests left behind are never due for it.
 */
public abstract class BillingCursorRepositoryContract {

    private static final AtomicInteger EPOCHS = new AtomicInteger();

    protected abstract BillingCursorRepository repository();

    protected abstract Transactions transactions();

    /** The start of a stretch of 100 days no test has used, each earlier than the one before. */
    protected static Instant anEpoch() {
        return Instant.parse("2900-01-01T00:00:00Z").minus(Duration.ofDays(100L * EPOCHS.incrementAndGet()));
    }

    protected static Period dayAfter(Instant start, int days) {
        Instant from = start.plus(Duration.ofDays(days));
        return new Period(from, from.plus(Duration.ofDays(1)));
    }

    protected static BillingCursor aCursor(Scope scope, Period period) {
        return BillingCursor.startingAt(scope, SubscriptionId.of(Fixtures.uniqueId("subs")), period,
                period.start());
    }

    @Test
    void aSavedCursorIsReadBackWithEveryFieldInItsScopeOnly() {
        Instant epoch = anEpoch();
        Scope scope = Fixtures.aScope();
        BillingCursor cursor = aCursor(scope, dayAfter(epoch, 0)).failed("request.not_implemented: no charges",
                epoch.plus(Duration.ofDays(2)));

        repository().save(cursor);

        assertThat(repository().findBySubscription(scope, cursor.subscriptionId())).contains(cursor);
        assertThat(repository().lockBySubscription(scope, cursor.subscriptionId())).contains(cursor);
        assertThat(repository().findBySubscription(new Scope(scope.tenantId(),
                new EnvironmentId(Fixtures.uniqueId("env"))), cursor.subscriptionId())).isEmpty();
        assertThat(repository().findBySubscription(scope, SubscriptionId.of("subs_missing"))).isEmpty();
    }

    @Test
    void savingAgainReplacesTheSubscriptionsCursor() {
        Instant epoch = anEpoch();
        Scope scope = Fixtures.aScope();
        BillingCursor cursor = aCursor(scope, dayAfter(epoch, 0));
        repository().save(cursor);
        BillingCursor moved = cursor.advancedTo(dayAfter(epoch, 1), epoch.plus(Duration.ofDays(1)));
        BillingCursor ended = moved.ended(epoch.plus(Duration.ofDays(3)));

        repository().save(moved);
        BillingCursor afterMove = repository().findBySubscription(scope, cursor.subscriptionId()).orElseThrow();
        repository().save(ended);

        assertThat(afterMove).isEqualTo(moved);
        assertThat(repository().findBySubscription(scope, cursor.subscriptionId())).contains(ended);
    }

    @Test
    void aClaimTakesTheOpenCursorsDueInEveryTenantEarliestFirstUpToTheLimit() {
        Instant epoch = anEpoch();
        Instant now = epoch.plus(Duration.ofDays(10));
        Scope mine = Fixtures.aScope();
        Scope theirs = Fixtures.aScope();
        BillingCursor dueFirst = aCursor(theirs, dayAfter(epoch, 1));      // due on day 2
        BillingCursor dueSecond = aCursor(mine, dayAfter(epoch, 2));       // due on day 3
        BillingCursor dueNow = aCursor(mine, dayAfter(epoch, 9));          // due on day 10: exactly now
        BillingCursor notYet = aCursor(mine, dayAfter(epoch, 10));         // due on day 11
        BillingCursor ended = aCursor(mine, dayAfter(epoch, 0)).ended(epoch);
        BillingCursor waiting = aCursor(theirs, dayAfter(epoch, 0)).failed("boom", now.minusSeconds(30)); // +1 minute
        for (BillingCursor cursor : List.of(notYet, dueNow, ended, dueSecond, waiting, dueFirst)) {
            repository().save(cursor);
        }

        List<BillingCursor> all = transactions().inTransaction(() -> repository().claimDueAcrossTenants(now, 100));
        List<BillingCursor> two = transactions().inTransaction(() -> repository().claimDueAcrossTenants(now, 2));

        assertThat(all).containsExactly(dueFirst, dueSecond, dueNow);
        assertThat(two).containsExactly(dueFirst, dueSecond);
        assertThat(repository().claimDueAcrossTenants(now.plusSeconds(30), 100)).contains(waiting);
    }

    @Test
    void concurrentClaimersThatMoveTheirCursorsOnNeverHoldTheSameCursor() throws Exception {
        Instant epoch = anEpoch();
        Instant now = epoch.plus(Duration.ofDays(50));
        Set<SubscriptionId> created = new HashSet<>();
        for (int i = 0; i < 24; i++) {
            BillingCursor cursor = aCursor(Fixtures.aScope(), dayAfter(epoch, i % 5));
            repository().save(cursor);
            created.add(cursor.subscriptionId());
        }

        // 6 claimers, 2 cursors a claim; each moves what it claimed past now in the same unit of work
        List<Future<List<SubscriptionId>>> results = Concurrently.run(6, thread -> {
            List<SubscriptionId> mine = new ArrayList<>();
            while (true) {
                List<BillingCursor> claimed = transactions().inTransaction(() -> {
                    List<BillingCursor> due = repository().claimDueAcrossTenants(now, 2);
                    for (BillingCursor cursor : due) {
                        repository().save(cursor.advancedTo(dayAfter(epoch, 60), now));
                    }
                    return due;
                });
                if (claimed.isEmpty()) {
                    return mine;
                }
                claimed.forEach(cursor -> mine.add(cursor.subscriptionId()));
            }
        });

        List<SubscriptionId> claimedByAll = new ArrayList<>();
        for (Future<List<SubscriptionId>> result : results) {
            claimedByAll.addAll(result.get());
        }
        assertThat(claimedByAll).as("every cursor claimed exactly once").hasSize(24)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
    }
}
