package io.flexprice.ports.out.tenancy;

import io.flexprice.domain.tenancy.Environment;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.TenantId;
import java.util.List;
import java.util.Optional;

public interface EnvironmentRepository {

    void insert(Environment environment);

    Optional<Environment> findById(TenantId tenantId, EnvironmentId id);

    List<Environment> listByTenant(TenantId tenantId);
}
