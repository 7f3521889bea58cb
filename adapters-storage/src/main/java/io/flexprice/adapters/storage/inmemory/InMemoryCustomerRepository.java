package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.customer.CustomerFilter;
import io.flexprice.ports.out.customer.CustomerRepository;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Customers in memory, per scope. Writes are serialised, so the rule that a live customer's external id is
 * unique in its scope is checked and applied in one step.
 */
public final class InMemoryCustomerRepository implements CustomerRepository {

    private final Partitions<Scope, CustomerId, Customer> customers = new Partitions<>();

    @Inject
    public InMemoryCustomerRepository() {
    }

    @Override
    public synchronized void insert(Customer customer) {
        requireExternalIdFree(customer);
        customers.insert(customer.scope(), customer.id(), customer);
    }

    @Override
    public synchronized void update(Customer customer) {
        requireExternalIdFree(customer);
        customers.replace(customer.scope(), customer.id(), customer);
    }

    @Override
    public Optional<Customer> findById(Scope scope, CustomerId id) {
        return customers.find(scope, id);
    }

    @Override
    public Optional<Customer> findByExternalId(Scope scope, String externalId) {
        return customers.all(scope).stream()
                .filter(customer -> customer.isLive() && customer.externalId().equals(externalId))
                .findFirst();
    }

    @Override
    public Page<Customer> search(Scope scope, CustomerFilter filter, PageRequest page) {
        return Listings.page(customers.all(scope).stream().filter(customer -> matches(filter, customer)),
                CustomerFilter.FIELDS, filter.conditions(),
                Listings.creationOrder(page.order(), c -> c.audit().createdAt(), c -> c.id().value()), page);
    }

    private static boolean matches(CustomerFilter filter, Customer customer) {
        return Listings.matchesAny(filter.customerIds(), customer.id().value())
                && Listings.matchesAny(filter.externalIds(), customer.externalId())
                && Listings.matches(filter.email(), customer.email())
                && Listings.matchesStatus(filter.status(), customer.status());
    }

    /** A live customer may not take the external id of another live customer of its scope. */
    private void requireExternalIdFree(Customer customer) {
        boolean taken = customer.isLive() && customers.anyOther(customer.scope(), customer.id(),
                other -> other.isLive() && other.externalId().equals(customer.externalId()));
        if (taken) {
            throw new ConflictException(ErrorCode.CUSTOMER_EXTERNAL_ID_TAKEN,
                    "a customer with external id " + customer.externalId() + " already exists");
        }
    }
}
