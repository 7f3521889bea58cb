package io.flexprice.adapters.storage.postgres;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.adapters.storage.Fixtures;
import io.flexprice.adapters.storage.TransactionsContract;
import io.flexprice.adapters.storage.postgres.customer.PostgresCustomerRepository;
import io.flexprice.adapters.storage.postgres.metering.PostgresMeterRepository;
import io.flexprice.adapters.storage.postgres.tenancy.PostgresEnvironmentRepository;
import io.flexprice.adapters.storage.postgres.tenancy.PostgresTenantRepository;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.tenancy.Environment;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.Tenant;
import io.flexprice.ports.out.common.Transactions;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PostgresTransactionsIT extends TransactionsContract {

    private final PostgresSessions sessions = PostgresTestDatabase.shared().sessions();
    private final PostgresTransactions transactions = new PostgresTransactions(sessions);
    private final PostgresTenantRepository tenants = new PostgresTenantRepository(sessions);
    private final PostgresEnvironmentRepository environments = new PostgresEnvironmentRepository(sessions);
    private final PostgresMeterRepository meters = new PostgresMeterRepository(sessions);
    private final PostgresCustomerRepository customers = new PostgresCustomerRepository(sessions);

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Test
    void everyWriteOfAUnitOfWorkIsStoredWhenItReturns() {
        Tenant tenant = Fixtures.aTenant();
        Environment environment = Fixtures.anEnvironment(tenant.id(), T0);

        transactions.inTransaction(() -> {
            tenants.insert(tenant);
            environments.insert(environment);
        });

        assertThat(tenants.findById(tenant.id())).contains(tenant);
        assertThat(environments.findById(tenant.id(), environment.id())).contains(environment);
    }

    @Test
    void unitOfWorkThatThrowsLeavesNothingBehind() {
        Tenant tenant = Fixtures.aTenant();
        Environment environment = Fixtures.anEnvironment(tenant.id(), T0);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            tenants.insert(tenant);
            environments.insert(environment);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(tenants.findById(tenant.id())).isEmpty();
        assertThat(environments.findById(tenant.id(), environment.id())).isEmpty();
    }

    @Test
    void uniqueViolationInsideAUnitOfWorkRollsTheWholeUnitBack() {
        Scope scope = Fixtures.aScope();
        customers.insert(Fixtures.aCustomer(scope).externalId("acme").build());
        Meter meter = Fixtures.aMeter(scope, T0);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            meters.insert(meter);
            customers.insert(Fixtures.aCustomer(scope).externalId("acme").build());
        })).isInstanceOf(ConflictException.class);

        assertThat(meters.findById(scope, meter.id())).isEmpty();
    }

    @Test
    void nestedUnitOfWorkRollsBackWithTheOuterOne() {
        Tenant inner = Fixtures.aTenant();
        Tenant outer = Fixtures.aTenant();

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            transactions.inTransaction(() -> tenants.insert(inner));
            tenants.insert(outer);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(tenants.findById(inner.id())).isEmpty();
        assertThat(tenants.findById(outer.id())).isEmpty();
    }

    @Test
    void writesOfAUnitOfWorkAreSeenInsideItAndByOthersOnlyOnceItCommits() throws Exception {
        Tenant tenant = Fixtures.aTenant();

        Optional<Tenant> seenByAnotherThread = transactions.inTransaction(() -> {
            tenants.insert(tenant);
            assertThat(tenants.findById(tenant.id())).contains(tenant);
            return CompletableFuture.supplyAsync(() -> tenants.findById(tenant.id())).join();
        });

        assertThat(seenByAnotherThread).isEmpty();
        assertThat(CompletableFuture.supplyAsync(() -> tenants.findById(tenant.id())).get(10, TimeUnit.SECONDS))
                .contains(tenant);
    }
}
