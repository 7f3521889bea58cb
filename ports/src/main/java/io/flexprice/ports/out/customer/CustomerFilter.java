package io.flexprice.ports.out.customer;

import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.SearchFields;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.common.Status;
import java.util.List;

/**
 * Narrows a customer search; empty lists and nulls do not narrow. {@code status} null means every
 * status but deleted.
 */
public record CustomerFilter(List<String> customerIds, List<String> externalIds, String email, Status status,
                             SearchConditions conditions) {

    /** The fields {@code filters} and {@code sort} may name, with their wire types. */
    public static final SearchFields<Customer> FIELDS = SearchFields.<Customer>builder()
            .string("id", c -> c.id().value())
            .string("external_id", Customer::externalId)
            .string("name", Customer::name)
            .string("email", Customer::email)
            .string("parent_customer_id", c -> c.parentCustomerId() == null ? null : c.parentCustomerId().value())
            .string("status", c -> c.status().wireValue())
            .date("created_at", c -> c.audit().createdAt())
            .date("updated_at", c -> c.audit().updatedAt())
            .build();

    public static final CustomerFilter ALL_LIVE = new CustomerFilter(List.of(), List.of(), null, null);


    /** A filter without {@code filters} or {@code sort}. */
    public CustomerFilter(List<String> customerIds, List<String> externalIds, String email, Status status) {
        this(customerIds, externalIds, email, status, SearchConditions.NONE);
    }

    public CustomerFilter {
        conditions = FIELDS.admit(conditions);
        customerIds = customerIds == null ? List.of() : List.copyOf(customerIds);
        externalIds = externalIds == null ? List.of() : List.copyOf(externalIds);
    }
}
