package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.tenancy.Environment;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.EnvironmentRepository;
import org.junit.jupiter.api.Test;

/** What every {@link EnvironmentRepository} does. */
public abstract class EnvironmentRepositoryContract {

    private final TenantId tenant = new TenantId(Fixtures.uniqueId("tenant"));

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract EnvironmentRepository repository();

    @Test
    void insertedEnvironmentIsReadBackWithEveryField() {
        Environment environment = Fixtures.anEnvironment(tenant, T0);

        repository().insert(environment);

        assertThat(repository().findById(tenant, environment.id())).contains(environment);
    }

    @Test
    void environmentIsNotFoundThroughAnotherTenant() {
        Environment environment = Fixtures.anEnvironment(tenant, T0);
        repository().insert(environment);

        assertThat(repository().findById(new TenantId(Fixtures.uniqueId("tenant")), environment.id())).isEmpty();
    }

    @Test
    void listByTenantListsEveryEnvironmentOfTheTenantAndNoOther() {
        Environment development = Fixtures.anEnvironment(tenant, T0);
        Environment production = Fixtures.anEnvironment(tenant, T0.plusSeconds(1));
        Environment someoneElses = Fixtures.anEnvironment(new TenantId(Fixtures.uniqueId("tenant")), T0);
        repository().insert(development);
        repository().insert(production);
        repository().insert(someoneElses);

        assertThat(repository().listByTenant(tenant)).containsExactlyInAnyOrder(development, production);
    }
}
