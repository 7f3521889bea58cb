package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.MeterRepositoryContract;
import io.flexprice.ports.out.metering.MeterRepository;

class InMemoryMeterRepositoryTest extends MeterRepositoryContract {

    private final InMemoryMeterRepository repository = new InMemoryMeterRepository();

    @Override
    protected MeterRepository repository() {
        return repository;
    }
}
