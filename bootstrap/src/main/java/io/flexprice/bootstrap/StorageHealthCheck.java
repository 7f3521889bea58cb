package io.flexprice.bootstrap;

import com.codahale.metrics.health.HealthCheck;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.TenantRepository;

/** Healthy while the billing state store answers a read of the default tenant. */
final class StorageHealthCheck extends HealthCheck {

    private final TenantRepository tenants;
    private final TenantId defaultTenant;

    StorageHealthCheck(TenantRepository tenants, TenantId defaultTenant) {
        this.tenants = tenants;
        this.defaultTenant = defaultTenant;
    }

    @Override
    protected Result check() {
        return tenants.findById(defaultTenant).isPresent()
                ? Result.healthy()
                : Result.unhealthy("default tenant " + defaultTenant + " is missing from storage");
    }
}
