package io.flexprice.ports.testing;

import io.flexprice.domain.tenancy.Environment;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.EnvironmentRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class FakeEnvironmentRepository implements EnvironmentRepository {

    private final List<Environment> environments = new ArrayList<>();

    @Override
    public void insert(Environment environment) {
        environments.add(environment);
    }

    @Override
    public Optional<Environment> findById(TenantId tenantId, EnvironmentId id) {
        return environments.stream().filter(e -> e.tenantId().equals(tenantId) && e.id().equals(id)).findFirst();
    }

    @Override
    public List<Environment> listByTenant(TenantId tenantId) {
        return environments.stream().filter(e -> e.tenantId().equals(tenantId)).toList();
    }

    public List<Environment> all() {
        return List.copyOf(environments);
    }
}
