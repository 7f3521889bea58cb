package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.tenancy.Environment;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.EnvironmentRepository;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryEnvironmentRepository implements EnvironmentRepository {

    private static final Comparator<Environment> OLDEST_FIRST =
            Comparator.comparing(Environment::createdAt).thenComparing(e -> e.id().value());

    private final Partitions<TenantId, EnvironmentId, Environment> environments = new Partitions<>();

    @Inject
    public InMemoryEnvironmentRepository() {
    }

    @Override
    public void insert(Environment environment) {
        environments.insert(environment.tenantId(), environment.id(), environment);
    }

    @Override
    public Optional<Environment> findById(TenantId tenantId, EnvironmentId id) {
        return environments.find(tenantId, id);
    }

    /** The tenant's environments, oldest first. */
    @Override
    public List<Environment> listByTenant(TenantId tenantId) {
        return environments.all(tenantId).stream().sorted(OLDEST_FIRST).toList();
    }
}
