package io.flexprice.adapters.storage.postgres.subscription;

import io.flexprice.adapters.storage.SubscriptionRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.ports.out.subscription.SubscriptionRepository;

class PostgresSubscriptionRepositoryIT extends SubscriptionRepositoryContract {

    private final PostgresSubscriptionRepository repository =
            new PostgresSubscriptionRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected SubscriptionRepository repository() {
        return repository;
    }
}
