package io.flexprice.adapters.storage.postgres.customer;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
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
import java.util.function.ToIntFunction;

/**
 * Customers. The partial unique index {@code customers_live_external_id_idx} keeps a live customer's
 * external id unique in its scope, so concurrent writers cannot both take one; a parent must be a customer
 * of the same scope ({@code customers_parent_fkey}).
 */
public final class PostgresCustomerRepository implements CustomerRepository {

    private static final SearchColumns<Customer> COLUMNS = SearchColumns.of(CustomerFilter.FIELDS);

    private static final String LIVE_EXTERNAL_ID = "customers_live_external_id_idx";

    private final CustomerMapper mapper;

    @Inject
    public PostgresCustomerRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(CustomerMapper.class);
    }

    @Override
    public void insert(Customer customer) {
        write(customer, mapper::insert);
    }

    /** As the port says; also {@link IllegalStateException} if the customer is not stored in its scope. */
    @Override
    public void update(Customer customer) {
        PostgresErrors.requireOneUpdated(write(customer, mapper::update), customer.id());
    }

    @Override
    public Optional<Customer> findById(Scope scope, CustomerId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(CustomerRow::toDomain);
    }

    @Override
    public Optional<Customer> findByExternalId(Scope scope, String externalId) {
        return Optional.ofNullable(mapper.findByExternalId(scope, externalId)).map(CustomerRow::toDomain);
    }

    @Override
    public Page<Customer> search(Scope scope, CustomerFilter filter, PageRequest page) {
        SearchColumns.Sql conditions = COLUMNS.render(filter.conditions());
        return new Page<>(mapper.search(scope, filter, page, conditions).stream().map(CustomerRow::toDomain).toList(),
                mapper.count(scope, filter, conditions), page.limit(), page.offset());
    }

    private int write(Customer customer, ToIntFunction<CustomerRow> statement) {
        return PostgresErrors.rejectingUniqueViolation(LIVE_EXTERNAL_ID,
                () -> new ConflictException(ErrorCode.CUSTOMER_EXTERNAL_ID_TAKEN,
                        "a customer with external id " + customer.externalId() + " already exists"),
                () -> statement.applyAsInt(CustomerRow.from(customer)));
    }
}
