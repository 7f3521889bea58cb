package io.flexprice.ports.application.customer;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.Customer;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.customer.FindCustomersQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.customer.CustomerFilter;
import io.flexprice.ports.out.customer.CustomerRepository;

public final class FindCustomersService implements FindCustomersQuery {

    private final CustomerRepository customers;

    public FindCustomersService(CustomerRepository customers) {
        this.customers = customers;
    }

    @Override
    public Customer get(Caller caller, CustomerRef customer) {
        return CustomerLookup.live(customers, caller.scope(), customer);
    }

    @Override
    public Page<Customer> search(Caller caller, CustomerFilter filter, PageRequest page) {
        return customers.search(caller.scope(), filter, page);
    }
}
