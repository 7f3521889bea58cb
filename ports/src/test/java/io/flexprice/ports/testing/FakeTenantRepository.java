package io.flexprice.ports.testing;

import io.flexprice.domain.tenancy.Tenant;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.TenantRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

public final class FakeTenantRepository implements TenantRepository {

    private final List<Tenant> tenants = new ArrayList<>();

    @Override
    public void insert(Tenant tenant) {
        tenants.add(tenant);
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return tenants.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<Tenant> all() {
        return List.copyOf(tenants);
    }
}
