package io.flexprice.adapters.storage.postgres.metering;

import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.metering.MeterRepository;
import jakarta.inject.Inject;
import java.util.Optional;

public final class PostgresMeterRepository implements MeterRepository {

    private final MeterMapper mapper;

    @Inject
    public PostgresMeterRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(MeterMapper.class);
    }

    @Override
    public void insert(Meter meter) {
        mapper.insert(MeterRow.from(meter));
    }

    /** @throws IllegalStateException if the meter is not stored in its scope */
    @Override
    public void update(Meter meter) {
        PostgresErrors.requireOneUpdated(mapper.update(MeterRow.from(meter)), meter.id());
    }

    @Override
    public Optional<Meter> findById(Scope scope, MeterId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(MeterRow::toDomain);
    }

    @Override
    public Page<Meter> list(Scope scope, PageRequest page) {
        return new Page<>(mapper.list(scope, page).stream().map(MeterRow::toDomain).toList(), mapper.count(scope),
                page.limit(), page.offset());
    }
}
