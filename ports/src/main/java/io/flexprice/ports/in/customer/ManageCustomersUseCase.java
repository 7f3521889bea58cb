package io.flexprice.ports.in.customer;

import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.ports.in.tenancy.Caller;

public interface ManageCustomersUseCase {

    Customer create(Caller caller, CustomerCommand command);

    /** Applies the fields the command sets; the others keep their values. */
    Customer update(Caller caller, CustomerRef customer, UpdateCustomerCommand command);

    /** Soft delete: the customer disappears from reads and its external id becomes free. */
    void delete(Caller caller, CustomerId id);
}
