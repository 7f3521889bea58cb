package io.flexprice.adapters.storage.postgres.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.adapters.storage.CustomerRepositoryContract;
import io.flexprice.adapters.storage.Fixtures;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.customer.CustomerRepository;
import org.apache.ibatis.exceptions.PersistenceException;
import org.junit.jupiter.api.Test;

class PostgresCustomerRepositoryIT extends CustomerRepositoryContract {

    private final PostgresCustomerRepository repository =
            new PostgresCustomerRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected CustomerRepository repository() {
        return repository;
    }

    @Test
    void parentFromAnotherScopeIsRefused() {
        Scope scope = Fixtures.aScope();
        Customer parentElsewhere = Fixtures.aCustomer(new Scope(scope.tenantId(),
                new EnvironmentId(Fixtures.uniqueId("env")))).build();
        repository.insert(parentElsewhere);
        Customer child = Fixtures.aCustomer(scope).build();
        Customer withParent = new Customer(child.id(), scope, child.externalId(), child.name(), child.email(),
                child.address(), child.timeZone(), parentElsewhere.id(), child.metadata(), child.status(),
                child.audit());

        assertThatThrownBy(() -> repository.insert(withParent)).isInstanceOf(PersistenceException.class);
        assertThat(repository.findById(scope, child.id())).isEmpty();
    }
}
