package io.flexprice.adapters.storage.postgres.tenancy;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.adapters.storage.EnvironmentRepositoryContract;
import io.flexprice.adapters.storage.Fixtures;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.domain.tenancy.Environment;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.EnvironmentRepository;
import io.flexprice.ports.out.tenancy.TenantRepository;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;

class PostgresEnvironmentRepositoryIT extends EnvironmentRepositoryContract {

    private final PostgresEnvironmentRepository repository =
            new PostgresEnvironmentRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresTenantRepository tenants =
            new PostgresTenantRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected EnvironmentRepository repository() {
        return repository;
    }

    @Override
    protected TenantRepository tenants() {
        return tenants;
    }

    @Test
    void environmentOfATenantThatIsNotStoredIsRefused() {
        TenantId unknown = new TenantId(Fixtures.uniqueId("tenant"));
        Environment orphan = Fixtures.anEnvironment(unknown, T0);

        assertThatThrownBy(() -> repository.insert(orphan)).isInstanceOf(PersistenceException.class);
        assertThat(repository.listByTenant(unknown)).isEmpty();
    }
}
