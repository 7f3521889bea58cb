package io.flexprice.ports.out.customer;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.tenancy.Scope;
import java.util.Optional;

public interface CustomerRepository {

    /**
     * Stores a new customer.
     *
     * @throws io.flexprice.domain.common.ConflictException if a live customer of the scope has the
     *     same external id
     */
    void insert(Customer customer);

    /** Replaces a stored customer; same uniqueness rule as {@link #insert}. */
    void update(Customer customer);

    /** The customer whatever its status. */
    Optional<Customer> findById(Scope scope, CustomerId id);

    /** The live (not deleted) customer with this external id. */
    Optional<Customer> findByExternalId(Scope scope, String externalId);

    Page<Customer> search(Scope scope, CustomerFilter filter, PageRequest page);
}
