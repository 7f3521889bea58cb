package io.flexprice.ports.application.customer;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.customer.Address;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerDetails;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.time.TimeZones;
import io.flexprice.ports.in.customer.CustomerCommand;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.customer.ManageCustomersUseCase;
import io.flexprice.ports.in.customer.UpdateCustomerCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.customer.CustomerRepository;
import java.time.Clock;
import java.time.ZoneId;

public final class ManageCustomersService implements ManageCustomersUseCase {

    /** How far up a customer hierarchy the cycle check looks; deeper hierarchies are not expected. */
    private static final int MAX_HIERARCHY_DEPTH = 100;

    private final CustomerRepository customers;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManageCustomersService(CustomerRepository customers, Transactions transactions, IdGenerator ids,
                                  Clock clock) {
        this.customers = customers;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Customer create(Caller caller, CustomerCommand c) {
        Violations invalid = new Violations();
        Address address = invalid.collect(() -> new Address(c.addressLine1(), c.addressLine2(), c.addressCity(),
                c.addressState(), c.addressPostalCode(), c.addressCountry()));
        ZoneId zone = invalid.collect(() -> TimeZones.parse(c.timezone(), "timezone"));
        invalid.collect(() -> new CustomerDetails(c.externalId(), c.name(), c.email(), null, null, null, null));
        invalid.throwIfAny();
        return transactions.inTransaction(() -> {
            Customer customer = new Customer(new CustomerId(ids.newId("cust")), caller.scope(), c.externalId(),
                    c.name(), c.email(), address, zone,
                    parent(caller.scope(), c.parentCustomerId(), c.parentCustomerExternalId(), null),
                    Metadata.of(c.metadata()), Status.PUBLISHED, Audit.createdBy(caller.actor(), clock.instant()));
            customers.insert(customer);
            return customer;
        });
    }

    @Override
    public Customer update(Caller caller, CustomerRef ref, UpdateCustomerCommand c) {
        return transactions.inTransaction(() -> {
            Customer current = CustomerLookup.live(customers, caller.scope(), ref);
            CustomerDetails was = current.details();
            Address address = was.address();
            Violations invalid = new Violations();
            Address changedAddress = invalid.collect(() -> new Address(
                    or(c.addressLine1(), address.line1()), or(c.addressLine2(), address.line2()),
                    or(c.addressCity(), address.city()), or(c.addressState(), address.state()),
                    or(c.addressPostalCode(), address.postalCode()), or(c.addressCountry(), address.country())));
            ZoneId zone = c.timezone() == null ? was.timeZone()
                    : invalid.collect(() -> TimeZones.parse(c.timezone(), "timezone"));
            String externalId = or(c.externalId(), was.externalId());
            String name = or(c.name(), was.name());
            String email = or(c.email(), was.email());
            invalid.collect(() -> new CustomerDetails(externalId, name, email, null, null, null, null));
            invalid.throwIfAny();
            CustomerDetails changed = new CustomerDetails(externalId, name, email, changedAddress, zone,
                    c.parentCustomerId() == null && c.parentCustomerExternalId() == null ? was.parentCustomerId()
                            : parent(caller.scope(), c.parentCustomerId(), c.parentCustomerExternalId(), current.id()),
                    c.metadata() == null ? was.metadata() : Metadata.of(c.metadata()));
            Customer updated = current.withDetails(changed, current.audit().updatedBy(caller.actor(), clock.instant()));
            customers.update(updated);
            return updated;
        });
    }

    @Override
    public void delete(Caller caller, CustomerId id) {
        transactions.inTransaction(() -> {
            Customer current = CustomerLookup.live(customers, caller.scope(), CustomerRef.byId(id.value()));
            customers.update(current.deleted(current.audit().updatedBy(caller.actor(), clock.instant())));
        });
    }

    /** The live parent named by our id or the external id (at most one), or null for none. */
    private CustomerId parent(Scope scope, String parentId, String parentExternalId, CustomerId self) {
        boolean byId = parentId != null && !parentId.isBlank();
        boolean byExternalId = parentExternalId != null && !parentExternalId.isBlank();
        if (!byId && !byExternalId) {
            return null;
        }
        if (byId && byExternalId) {
            throw ValidationException.of("parent_customer_id",
                    "give either parent_customer_id or parent_customer_external_id, not both");
        }
        CustomerId parent = CustomerLookup.live(customers, scope,
                byId ? CustomerRef.byId(parentId) : CustomerRef.byExternalId(parentExternalId)).id();
        // walking up from the new parent must not reach the customer itself: no cycles
        CustomerId ancestor = parent;
        for (int depth = 0; ancestor != null && depth <= MAX_HIERARCHY_DEPTH; depth++) {
            if (ancestor.equals(self)) {
                throw ValidationException.of("parent_customer_id",
                        "a customer cannot be its own parent or ancestor");
            }
            ancestor = customers.findById(scope, ancestor).map(Customer::parentCustomerId).orElse(null);
        }
        return parent;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
