package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.ApiKeyHash;
import io.flexprice.domain.tenancy.ApiKeyId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.ApiKeyRepository;
import jakarta.inject.Inject;
import java.util.Optional;

/** API keys in memory, per tenant. Writes are serialised so the hash stays unique across every tenant. */
public final class InMemoryApiKeyRepository implements ApiKeyRepository {

    private final Partitions<TenantId, ApiKeyId, ApiKey> keys = new Partitions<>();

    @Inject
    public InMemoryApiKeyRepository() {
    }

    /** @throws IllegalStateException if another key has the same hash: secrets are generated unique */
    @Override
    public synchronized void insert(ApiKey key) {
        requireHashFree(key);
        keys.insert(key.tenantId(), key.id(), key);
    }

    @Override
    public synchronized void update(ApiKey key) {
        requireHashFree(key);
        keys.replace(key.tenantId(), key.id(), key);
    }

    /** The key with this hash whatever its status: the caller decides whether it is usable. */
    @Override
    public Optional<ApiKey> findByHashAcrossTenants(ApiKeyHash hash) {
        return keys.everyOwner().filter(key -> key.hash().equals(hash)).findFirst();
    }

    @Override
    public Optional<ApiKey> findById(TenantId tenantId, ApiKeyId id) {
        return keys.find(tenantId, id);
    }

    @Override
    public Page<ApiKey> list(Scope scope, Status status, PageRequest page) {
        return Listings.page(keys.all(scope.tenantId()).stream()
                        .filter(key -> key.environmentId().map(scope.environmentId()::equals).orElse(true))
                        .filter(key -> Listings.matchesStatus(status, key.status())),
                Listings.creationOrder(page.order(), ApiKey::createdAt, key -> key.id().value()), page);
    }

    private void requireHashFree(ApiKey key) {
        boolean taken = keys.everyOwner().anyMatch(other -> other.hash().equals(key.hash())
                && !(other.tenantId().equals(key.tenantId()) && other.id().equals(key.id())));
        if (taken) {
            throw new IllegalStateException("another API key has the hash " + key.hash());
        }
    }
}
