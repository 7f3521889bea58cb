package io.flexprice.adapters.http.support;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.ports.in.customer.CustomerCommand;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.customer.FindCustomersQuery;
import io.flexprice.ports.in.customer.ManageCustomersUseCase;
import io.flexprice.ports.in.customer.UpdateCustomerCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.customer.CustomerFilter;
import java.util.List;

/** Answers with {@link Fixtures#aCustomer}, records what it was asked, or throws {@link #failure} when set. */
public final class FakeCustomers implements ManageCustomersUseCase, FindCustomersQuery {

    public RuntimeException failure;
    public Caller lastCaller;
    public CustomerCommand lastCreate;
    public CustomerRef lastRef;
    public UpdateCustomerCommand lastUpdate;
    public CustomerId lastDeleted;
    public CustomerFilter lastFilter;
    public PageRequest lastPage;

    public void reset() {
        failure = null;
        lastCaller = null;
        lastCreate = null;
        lastRef = null;
        lastUpdate = null;
        lastDeleted = null;
        lastFilter = null;
        lastPage = null;
    }

    private void called(Caller caller) {
        lastCaller = caller;
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public Customer create(Caller caller, CustomerCommand command) {
        called(caller);
        lastCreate = command;
        return Fixtures.aCustomer("cust_new", command.externalId());
    }

    @Override
    public Customer update(Caller caller, CustomerRef customer, UpdateCustomerCommand command) {
        called(caller);
        lastRef = customer;
        lastUpdate = command;
        return Fixtures.aCustomer(customer.id() == null ? "cust_1" : customer.id(),
                customer.externalId() == null ? "ext_1" : customer.externalId());
    }

    @Override
    public void delete(Caller caller, CustomerId id) {
        called(caller);
        lastDeleted = id;
    }

    @Override
    public Customer get(Caller caller, CustomerRef customer) {
        called(caller);
        lastRef = customer;
        if ("cust_missing".equals(customer.id())) {
            throw new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND, "customer cust_missing not found");
        }
        return Fixtures.aCustomer(customer.id() == null ? "cust_1" : customer.id(),
                customer.externalId() == null ? "ext_1" : customer.externalId());
    }

    @Override
    public Page<Customer> search(Caller caller, CustomerFilter filter, PageRequest page) {
        called(caller);
        lastFilter = filter;
        lastPage = page;
        return new Page<>(List.of(Fixtures.aCustomer("cust_1", "ext_1")), 21, page.limit(), page.offset());
    }
}
