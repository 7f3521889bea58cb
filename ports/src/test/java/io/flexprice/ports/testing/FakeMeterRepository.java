package io.flexprice.ports.testing;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.metering.MeterRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class FakeMeterRepository implements MeterRepository {

    private final Map<List<Object>, Meter> meters = new LinkedHashMap<>();
    private int updates;

    @Override
    public void insert(Meter meter) {
        if (meters.containsKey(key(meter.scope(), meter.id()))) {
            throw new IllegalStateException("meter " + meter.id() + " is already stored");
        }
        meters.put(key(meter.scope(), meter.id()), meter);
    }

    @Override
    public void update(Meter meter) {
        if (!meters.containsKey(key(meter.scope(), meter.id()))) {
            throw new IllegalStateException("meter " + meter.id() + " is not stored");
        }
        meters.put(key(meter.scope(), meter.id()), meter);
        updates++;
    }

    @Override
    public Optional<Meter> findById(Scope scope, MeterId id) {
        return Optional.ofNullable(meters.get(key(scope, id)));
    }

    @Override
    public Page<Meter> list(Scope scope, PageRequest page) {
        return Pages.of(meters.values().stream()
                .filter(m -> m.scope().equals(scope) && m.status() != Status.DELETED)
                .toList(), page);
    }

    public Meter add(Meter meter) {
        insert(meter);
        return meter;
    }

    public Meter stored(MeterId id) {
        return meters.values().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("meter " + id + " is not stored"));
    }

    public List<Meter> all() {
        return List.copyOf(meters.values());
    }

    public int updates() {
        return updates;
    }

    private static List<Object> key(Scope scope, MeterId id) {
        return List.of(scope, id);
    }
}
