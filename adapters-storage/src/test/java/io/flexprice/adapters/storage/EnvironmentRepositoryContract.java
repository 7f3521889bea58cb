package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.tenancy.Environment;
import io.flexprice.domain.tenancy.Tenant;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.EnvironmentRepository;
import io.flexprice.ports.out.tenancy.TenantRepository;
import org.junit.jupiter.api.Test;

/** What every {@link EnvironmentRepository} does. An environment belongs to a stored tenant. */
public abstract class EnvironmentRepositoryContract {

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract EnvironmentRepository repository();

    /** Where the tenants the environments belong to are stored first. */
    protected abstract TenantRepository tenants();

    @Test
    void insertedEnvironmentIsReadBackWithEveryField() {
        TenantId tenant = storedTenant();
        Environment environment = Fixtures.anEnvironment(tenant, T0);

        repository().insert(environment);

        assertThat(repository().findById(tenant, environment.id())).contains(environment);
    }

    @Test
    void environmentIsNotFoundThroughAnotherTenant() {
        Environment environment = Fixtures.anEnvironment(storedTenant(), T0);
        repository().insert(environment);

        assertThat(repository().findById(storedTenant(), environment.id())).isEmpty();
    }

    @Test
    void listByTenantListsEveryEnvironmentOfTheTenantAndNoOther() {
        TenantId tenant = storedTenant();
        Environment development = Fixtures.anEnvironment(tenant, T0);
        Environment production = Fixtures.anEnvironment(tenant, T0.plusSeconds(1));
        Environment someoneElses = Fixtures.anEnvironment(storedTenant(), T0);
        repository().insert(development);
        repository().insert(production);
        repository().insert(someoneElses);

        assertThat(repository().listByTenant(tenant)).containsExactlyInAnyOrder(development, production);
    }

    private TenantId storedTenant() {
        Tenant tenant = Fixtures.aTenant();
        tenants().insert(tenant);
        return tenant.id();
    }
}
