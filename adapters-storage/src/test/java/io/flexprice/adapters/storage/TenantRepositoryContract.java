package io.flexprice.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.tenancy.Tenant;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.TenantRepository;
import org.junit.jupiter.api.Test;

/** What every {@link TenantRepository} does. */
public abstract class TenantRepositoryContract {

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract TenantRepository repository();

    @Test
    void insertedTenantIsReadBackWithEveryField() {
        Tenant tenant = Fixtures.aTenant();

        repository().insert(tenant);

        assertThat(repository().findById(tenant.id())).contains(tenant);
    }

    @Test
    void unknownTenantIsNotFound() {
        assertThat(repository().findById(new TenantId(Fixtures.uniqueId("tenant")))).isEmpty();
    }
}
