package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.FeatureRepositoryContract;
import io.flexprice.ports.out.feature.FeatureRepository;
import io.flexprice.ports.out.metering.MeterRepository;

class InMemoryFeatureRepositoryTest extends FeatureRepositoryContract {

    private final InMemoryFeatureRepository repository = new InMemoryFeatureRepository();
    private final InMemoryMeterRepository meters = new InMemoryMeterRepository();

    @Override
    protected FeatureRepository repository() {
        return repository;
    }

    @Override
    protected MeterRepository meters() {
        return meters;
    }
}
