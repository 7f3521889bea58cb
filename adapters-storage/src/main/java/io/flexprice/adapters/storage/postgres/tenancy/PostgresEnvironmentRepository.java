package io.flexprice.adapters.storage.postgres.tenancy;

import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.tenancy.Environment;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.EnvironmentRepository;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Environments; the database refuses one whose tenant is not stored. */
public final class PostgresEnvironmentRepository implements EnvironmentRepository {

    private final EnvironmentMapper mapper;

    @Inject
    public PostgresEnvironmentRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(EnvironmentMapper.class);
    }

    @Override
    public void insert(Environment environment) {
        mapper.insert(EnvironmentRow.from(environment));
    }

    @Override
    public Optional<Environment> findById(TenantId tenantId, EnvironmentId id) {
        return Optional.ofNullable(mapper.findById(tenantId, id)).map(EnvironmentRow::toDomain);
    }

    /** The tenant's environments, oldest first. */
    @Override
    public List<Environment> listByTenant(TenantId tenantId) {
        return mapper.listByTenant(tenantId).stream().map(EnvironmentRow::toDomain).toList();
    }
}
