package io.flexprice.adapters.storage.postgres.wallet;

import io.flexprice.domain.tenancy.Scope;

/** A tenant and environment read from a query across scopes. */
final class ScopeKeyRow {

    private String tenantId;
    private String environmentId;

    Scope toScope() {
        return Scope.of(tenantId, environmentId);
    }
}
