package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.metering.MeterRepository;
import jakarta.inject.Inject;
import java.util.Optional;

public final class InMemoryMeterRepository implements MeterRepository {

    private final Partitions<Scope, MeterId, Meter> meters = new Partitions<>();

    @Inject
    public InMemoryMeterRepository() {
    }

    @Override
    public void insert(Meter meter) {
        meters.insert(meter.scope(), meter.id(), meter);
    }

    @Override
    public void update(Meter meter) {
        meters.replace(meter.scope(), meter.id(), meter);
    }

    @Override
    public Optional<Meter> findById(Scope scope, MeterId id) {
        return meters.find(scope, id);
    }

    /** Meters that are not deleted, in creation order in the direction {@code page} asks (newest first by default). */
    @Override
    public Page<Meter> list(Scope scope, PageRequest page) {
        return Listings.page(meters.all(scope).stream().filter(meter -> Listings.matchesStatus(null, meter.status())),
                Listings.creationOrder(page.order(), meter -> meter.audit().createdAt(), meter -> meter.id().value()),
                page);
    }
}
