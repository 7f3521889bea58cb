package io.flexprice.ports.application.tenancy;

import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.ApiKeyHash;
import io.flexprice.domain.tenancy.ApiKeyType;
import io.flexprice.domain.tenancy.Environment;
import io.flexprice.domain.tenancy.EnvironmentType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.Tenant;
import io.flexprice.ports.testing.FakeApiKeyRepository;
import io.flexprice.ports.testing.FakeEnvironmentRepository;
import io.flexprice.ports.testing.FakeTenantRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import org.junit.jupiter.api.Test;

class SeedLocalTenantServiceTest {

    private static final String DEV_KEY = "sk_local_development_key";

    private final FakeTenantRepository tenants = new FakeTenantRepository();
    private final FakeEnvironmentRepository environments = new FakeEnvironmentRepository();
    private final FakeApiKeyRepository apiKeys = new FakeApiKeyRepository();
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final SeedLocalTenantService service = new SeedLocalTenantService(tenants, environments, apiKeys,
            transactions, new SequentialIdGenerator(), CLOCK);

    @Test
    void theFirstSeedCreatesATenantADevelopmentEnvironmentAndTheKeyBoundToIt() {
        Scope scope = service.seed(DEV_KEY);

        assertThat(tenants.all()).singleElement().satisfies(tenant -> {
            assertThat(tenant.id()).isEqualTo(scope.tenantId());
            assertThat(tenant.status()).isEqualTo(Status.PUBLISHED);
            assertThat(tenant.createdAt()).isEqualTo(NOW);
        });
        assertThat(environments.all()).singleElement().satisfies(environment -> {
            assertThat(environment.scope()).isEqualTo(scope);
            assertThat(environment.type()).isEqualTo(EnvironmentType.DEVELOPMENT);
        });
        ApiKey key = apiKeys.all().get(0);
        assertThat(apiKeys.all()).hasSize(1);
        assertThat(key.hash()).isEqualTo(ApiKeyHash.of(DEV_KEY));
        assertThat(key.tenantId()).isEqualTo(scope.tenantId());
        assertThat(key.environmentId()).contains(scope.environmentId());
        assertThat(key.type()).isEqualTo(ApiKeyType.PRIVATE_KEY);
        assertThat(key.isUsableAt(NOW)).isTrue();
        assertThat(key.createdBy()).isEqualTo("system");
    }

    @Test
    void theSeedRunsInOneUnitOfWork() {
        service.seed(DEV_KEY);

        assertThat(transactions.units()).isEqualTo(1);
    }

    @Test
    void aSecondSeedWithTheSameKeyCreatesNothingAndReturnsTheSameScope() {
        Scope first = service.seed(DEV_KEY);
        Tenant tenant = tenants.all().get(0);
        Environment environment = environments.all().get(0);
        ApiKey key = apiKeys.all().get(0);

        Scope second = service.seed(DEV_KEY);

        assertThat(second).isEqualTo(first);
        assertThat(tenants.all()).containsExactly(tenant);
        assertThat(environments.all()).containsExactly(environment);
        assertThat(apiKeys.all()).containsExactly(key);
    }

    @Test
    void theSeededKeyAuthenticatesInTheSeededScope() {
        Scope scope = service.seed(DEV_KEY);

        assertThat(new AuthenticateService(apiKeys, environments, CLOCK).authenticate(DEV_KEY, null).scope())
                .isEqualTo(scope);
    }
}
