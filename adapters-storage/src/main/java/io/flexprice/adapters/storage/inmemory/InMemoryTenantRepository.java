package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.tenancy.Tenant;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.TenantRepository;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

public final class InMemoryTenantRepository implements TenantRepository {

    private final ConcurrentMap<TenantId, Tenant> tenants = new ConcurrentHashMap<>();

    @Inject
    public InMemoryTenantRepository() {
    }

    /** @throws IllegalStateException if the id is stored already (ids are generated unique) */
    @Override
    public void insert(Tenant tenant) {
        if (tenants.putIfAbsent(tenant.id(), tenant) != null) {
            throw new IllegalStateException("tenant " + tenant.id() + " is already stored");
        }
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return Optional.ofNullable(tenants.get(id));
    }
}
