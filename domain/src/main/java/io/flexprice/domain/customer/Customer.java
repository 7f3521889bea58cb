package io.flexprice.domain.customer;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.tenancy.Scope;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A customer of a tenant. {@code externalId} is the tenant's own id for the customer (what events
 * carry); it is unique among the live customers of an environment. {@code timeZone} places the
 * customer's billing periods and usage windows on the calendar.
 */
public record Customer(CustomerId id, Scope scope, String externalId, String name, String email, Address address,
                       ZoneId timeZone, CustomerId parentCustomerId, Metadata metadata, Status status, Audit audit) {

    /** The default zone, by its IANA name ("UTC", not the offset "Z"). */
    public static final ZoneId UTC = ZoneId.of("UTC");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        address = address == null ? Address.NONE : address;
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        timeZone = timeZone == null ? UTC : timeZone;
        validate(externalId, name, email);
    }

    static void validate(String externalId, String name, String email) {
        new Violations()
                .requireText(externalId, "external_id")
                .maxLength(externalId, 255, "external_id")
                .maxLength(name, 255, "name")
                .require(email == null || email.isEmpty() || EMAIL.matcher(email).matches(), "email",
                        "must be an email address")
                .throwIfAny();
    }

    public boolean isLive() {
        return status != Status.DELETED;
    }

    public Customer withDetails(CustomerDetails details, Audit changed) {
        return new Customer(id, scope, details.externalId(), details.name(), details.email(), details.address(),
                details.timeZone(), details.parentCustomerId(), details.metadata(), status, changed);
    }

    public Customer deleted(Audit changed) {
        return new Customer(id, scope, externalId, name, email, address, timeZone, parentCustomerId, metadata,
                Status.DELETED, changed);
    }

    public CustomerDetails details() {
        return new CustomerDetails(externalId, name, email, address, timeZone, parentCustomerId, metadata);
    }
}
