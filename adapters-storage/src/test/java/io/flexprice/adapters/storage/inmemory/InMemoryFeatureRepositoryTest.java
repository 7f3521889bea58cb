package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.FeatureRepositoryContract;
import io.flexprice.ports.out.feature.FeatureRepository;

class InMemoryFeatureRepositoryTest extends FeatureRepositoryContract {

    private final InMemoryFeatureRepository repository = new InMemoryFeatureRepository();

    @Override
    protected FeatureRepository repository() {
        return repository;
    }
}
