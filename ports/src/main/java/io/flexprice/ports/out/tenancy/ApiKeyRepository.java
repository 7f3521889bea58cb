package io.flexprice.ports.out.tenancy;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.ApiKeyHash;
import io.flexprice.domain.tenancy.ApiKeyId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.TenantId;
import java.util.Optional;

public interface ApiKeyRepository {

    /** Stores a new key; its hash is unique across every tenant. */
    void insert(ApiKey key);

    void update(ApiKey key);

    /** Authentication: the one place that looks a key up without knowing its tenant. */
    Optional<ApiKey> findByHashAcrossTenants(ApiKeyHash hash);

    Optional<ApiKey> findById(TenantId tenantId, ApiKeyId id);

    /**
     * Keys usable in {@code scope}: those bound to its environment and the tenant's unbound ones,
     * by creation time in the order the page asks; {@code status} null means every status but deleted.
     */
    Page<ApiKey> list(Scope scope, Status status, PageRequest page);
}
