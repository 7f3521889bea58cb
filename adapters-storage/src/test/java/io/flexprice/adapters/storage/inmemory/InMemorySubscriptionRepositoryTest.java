package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.SubscriptionRepositoryContract;
import io.flexprice.ports.out.subscription.SubscriptionRepository;

class InMemorySubscriptionRepositoryTest extends SubscriptionRepositoryContract {

    private final InMemorySubscriptionRepository repository = new InMemorySubscriptionRepository();

    @Override
    protected SubscriptionRepository repository() {
        return repository;
    }
}
