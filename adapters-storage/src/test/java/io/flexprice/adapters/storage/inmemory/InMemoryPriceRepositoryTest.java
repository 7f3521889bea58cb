package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.PriceRepositoryContract;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.pricing.PriceRepository;

class InMemoryPriceRepositoryTest extends PriceRepositoryContract {

    private final InMemoryPriceRepository repository = new InMemoryPriceRepository();
    private final InMemoryMeterRepository meters = new InMemoryMeterRepository();

    @Override
    protected PriceRepository repository() {
        return repository;
    }

    @Override
    protected MeterRepository meters() {
        return meters;
    }
}
