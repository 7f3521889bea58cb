package io.flexprice.ports.out.tenancy;

import io.flexprice.domain.tenancy.Tenant;
import io.flexprice.domain.tenancy.TenantId;
import java.util.Optional;

public interface TenantRepository {

    void insert(Tenant tenant);

    Optional<Tenant> findById(TenantId id);
}
