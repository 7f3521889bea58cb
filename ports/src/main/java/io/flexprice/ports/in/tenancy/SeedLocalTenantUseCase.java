package io.flexprice.ports.in.tenancy;

import io.flexprice.domain.tenancy.Scope;

/**
 * Local mode's first start: a default tenant and development environment, and the well-known
 * development key bound to it. Idempotent: later starts find them and change nothing.
 */
public interface SeedLocalTenantUseCase {

    Scope seed(String developmentApiKey);
}
