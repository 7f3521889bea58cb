package io.flexprice.ports.in.customer;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.Customer;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.customer.CustomerFilter;

public interface FindCustomersQuery {

    /**
     * @throws io.flexprice.domain.common.NotFoundException if no live customer matches
     */
    Customer get(Caller caller, CustomerRef customer);

    Page<Customer> search(Caller caller, CustomerFilter filter, PageRequest page);
}
