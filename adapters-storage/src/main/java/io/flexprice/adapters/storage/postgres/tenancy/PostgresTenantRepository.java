package io.flexprice.adapters.storage.postgres.tenancy;

import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.tenancy.Tenant;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.TenantRepository;
import jakarta.inject.Inject;
import java.util.Optional;

public final class PostgresTenantRepository implements TenantRepository {

    private final TenantMapper mapper;

    @Inject
    public PostgresTenantRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(TenantMapper.class);
    }

    @Override
    public void insert(Tenant tenant) {
        mapper.insert(TenantRow.from(tenant));
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return Optional.ofNullable(mapper.findById(id)).map(TenantRow::toDomain);
    }
}
