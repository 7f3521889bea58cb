package io.flexprice.adapters.storage.postgres.customer;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.customer.CustomerFilter;
import java.util.List;

/** The SQL is in CustomerMapper.xml. */
interface CustomerMapper {

    int insert(CustomerRow row);

    int update(CustomerRow row);

    CustomerRow findById(Scope scope, CustomerId id);

    CustomerRow findByExternalId(Scope scope, String externalId);

    List<CustomerRow> search(Scope scope, CustomerFilter filter, PageRequest page, SearchColumns.Sql conditions);

    long count(Scope scope, CustomerFilter filter, SearchColumns.Sql conditions);
}
