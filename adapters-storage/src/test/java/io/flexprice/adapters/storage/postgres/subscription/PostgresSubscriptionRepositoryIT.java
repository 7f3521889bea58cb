package io.flexprice.adapters.storage.postgres.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.adapters.storage.Concurrently;
import io.flexprice.adapters.storage.SubscriptionRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.adapters.storage.postgres.PostgresTransactions;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PostgresSubscriptionRepositoryIT extends SubscriptionRepositoryContract {

    private final PostgresSubscriptionRepository repository =
            new PostgresSubscriptionRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresTransactions transactions = PostgresTestDatabase.shared().transactions();

    @Override
    protected SubscriptionRepository repository() {
        return repository;
    }

    @Test
    void aLockedSubscriptionMakesConcurrentChangesQueueSoNoneIsLost() throws Exception {
        // 8 units of work each read the subscription under its lock and add a metadata key of their own: without
        // the lock some would read the same metadata and overwrite each other; with it the 8 keys and "team" stay
        Subscription subscription = aSubscription(scope, "cust_1", "plan_1", Instant.parse("2024-01-01T00:00:00Z"));
        repository.insert(subscription);

        List<Future<Subscription>> results = Concurrently.run(8, thread -> transactions.inTransaction(() -> {
            Subscription current = repository.lockById(scope, subscription.id()).orElseThrow();
            Map<String, String> values = new HashMap<>(current.metadata().values());
            values.put("writer_" + thread, "done");
            Subscription changed = current.withDetails(current.lookupKey(), Metadata.of(values), current.audit());
            repository.update(changed);
            return changed;
        }));

        for (Future<Subscription> result : results) {
            result.get();
        }
        assertThat(repository.findById(scope, subscription.id()).orElseThrow().metadata().values())
                .hasSize(9).containsEntry("team", "a").containsKeys("writer_0", "writer_7");
    }
}
