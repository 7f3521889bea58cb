package io.flexprice.ports.testing;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.customer.CustomerFilter;
import io.flexprice.ports.out.customer.CustomerRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customers in a map; a live customer's external id is unique in its scope, as the port says. */
public final class FakeCustomerRepository implements CustomerRepository {

    private final Map<List<Object>, Customer> customers = new LinkedHashMap<>();
    private int writes;

    @Override
    public void insert(Customer customer) {
        if (customers.containsKey(key(customer.scope(), customer.id()))) {
            throw new IllegalStateException("customer " + customer.id() + " is already stored");
        }
        requireExternalIdFree(customer);
        customers.put(key(customer.scope(), customer.id()), customer);
        writes++;
    }

    @Override
    public void update(Customer customer) {
        if (!customers.containsKey(key(customer.scope(), customer.id()))) {
            throw new IllegalStateException("customer " + customer.id() + " is not stored");
        }
        requireExternalIdFree(customer);
        customers.put(key(customer.scope(), customer.id()), customer);
        writes++;
    }

    @Override
    public Optional<Customer> findById(Scope scope, CustomerId id) {
        return Optional.ofNullable(customers.get(key(scope, id)));
    }

    @Override
    public Optional<Customer> findByExternalId(Scope scope, String externalId) {
        return customers.values().stream()
                .filter(c -> c.scope().equals(scope) && c.isLive() && c.externalId().equals(externalId))
                .findFirst();
    }

    @Override
    public Page<Customer> search(Scope scope, CustomerFilter filter, PageRequest page) {
        return Pages.of(customers.values().stream()
                .filter(c -> c.scope().equals(scope))
                .filter(c -> Pages.matchesAny(filter.customerIds(), c.id().value()))
                .filter(c -> Pages.matchesAny(filter.externalIds(), c.externalId()))
                .filter(c -> filter.email() == null || filter.email().equals(c.email()))
                .filter(c -> Pages.matchesStatus(filter.status(), c.status()))
                .toList(), page);
    }

    /** Stores a customer as a test's starting state. */
    public Customer add(Customer customer) {
        insert(customer);
        return customer;
    }

    /** The stored version, whatever its status. */
    public Customer stored(CustomerId id) {
        return customers.values().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("customer " + id + " is not stored"));
    }

    public List<Customer> all() {
        return List.copyOf(customers.values());
    }

    /** How many inserts and updates were made. */
    public int writes() {
        return writes;
    }

    private void requireExternalIdFree(Customer customer) {
        boolean taken = customer.isLive() && customers.values().stream()
                .anyMatch(other -> other.scope().equals(customer.scope()) && !other.id().equals(customer.id())
                        && other.isLive() && other.externalId().equals(customer.externalId()));
        if (taken) {
            throw new ConflictException(ErrorCode.CUSTOMER_EXTERNAL_ID_TAKEN,
                    "a customer with external id " + customer.externalId() + " already exists");
        }
    }

    private static List<Object> key(Scope scope, CustomerId id) {
        return List.of(scope, id);
    }
}
