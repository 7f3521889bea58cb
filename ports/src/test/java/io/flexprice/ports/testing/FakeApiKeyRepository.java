package io.flexprice.ports.testing;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.ApiKeyHash;
import io.flexprice.domain.tenancy.ApiKeyId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.ApiKeyRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** API keys in a map, keyed by tenant and id; a hash may be stored once. */
public final class FakeApiKeyRepository implements ApiKeyRepository {

    private final Map<List<Object>, ApiKey> keys = new LinkedHashMap<>();

    @Override
    public void insert(ApiKey key) {
        if (keys.containsKey(id(key)) || findByHashAcrossTenants(key.hash()).isPresent()) {
            throw new IllegalStateException("API key " + key.id() + " or its hash is already stored");
        }
        keys.put(id(key), key);
    }

    @Override
    public void update(ApiKey key) {
        if (!keys.containsKey(id(key))) {
            throw new IllegalStateException("API key " + key.id() + " is not stored");
        }
        keys.put(id(key), key);
    }

    @Override
    public Optional<ApiKey> findByHashAcrossTenants(ApiKeyHash hash) {
        return keys.values().stream().filter(key -> key.hash().equals(hash)).findFirst();
    }

    @Override
    public Optional<ApiKey> findById(TenantId tenantId, ApiKeyId id) {
        return Optional.ofNullable(keys.get(List.of(tenantId, id)));
    }

    @Override
    public Page<ApiKey> list(Scope scope, Status status, PageRequest page) {
        return Pages.of(keys.values().stream()
                .filter(key -> key.tenantId().equals(scope.tenantId()))
                .filter(key -> key.environmentId().map(scope.environmentId()::equals).orElse(true))
                .filter(key -> Pages.matchesStatus(status, key.status()))
                .toList(), page);
    }

    /** Stores a key as a test's starting state. */
    public ApiKey add(ApiKey key) {
        insert(key);
        return key;
    }

    /** The stored version of a key. */
    public ApiKey stored(ApiKeyId id) {
        return keys.values().stream().filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("API key " + id + " is not stored"));
    }

    /** Every stored key, in insertion order. */
    public List<ApiKey> all() {
        return new ArrayList<>(keys.values());
    }

    private static List<Object> id(ApiKey key) {
        return List.of(key.tenantId(), key.id());
    }
}
