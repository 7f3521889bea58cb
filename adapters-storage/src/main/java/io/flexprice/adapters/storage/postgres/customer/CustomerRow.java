package io.flexprice.adapters.storage.postgres.customer;

import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.customer.Address;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import java.time.ZoneId;

/** A row of {@code customers}: the address flattened into columns, the metadata as JSON text. */
final class CustomerRow extends ScopedRow {

    private String externalId;
    private String name;
    private String email;
    private String addressLine1;
    private String addressLine2;
    private String addressCity;
    private String addressState;
    private String addressPostalCode;
    private String addressCountry;
    private String timeZone;
    private String parentCustomerId;
    private String metadata;

    static CustomerRow from(Customer customer) {
        CustomerRow row = new CustomerRow();
        row.fill(customer.id().value(), customer.scope(), customer.status(), customer.audit());
        row.externalId = customer.externalId();
        row.name = customer.name();
        row.email = customer.email();
        Address address = customer.address();
        row.addressLine1 = address.line1();
        row.addressLine2 = address.line2();
        row.addressCity = address.city();
        row.addressState = address.state();
        row.addressPostalCode = address.postalCode();
        row.addressCountry = address.country();
        row.timeZone = customer.timeZone().getId();
        row.parentCustomerId = customer.parentCustomerId() == null ? null : customer.parentCustomerId().value();
        row.metadata = JsonColumns.write(customer.metadata().values());
        return row;
    }

    Customer toDomain() {
        return new Customer(new CustomerId(id), scope(), externalId, name, email,
                new Address(addressLine1, addressLine2, addressCity, addressState, addressPostalCode, addressCountry),
                ZoneId.of(timeZone), parentCustomerId == null ? null : new CustomerId(parentCustomerId),
                Metadata.of(JsonColumns.readStringMap(metadata)), status, audit());
    }
}
