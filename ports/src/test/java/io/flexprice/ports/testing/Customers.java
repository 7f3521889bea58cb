package io.flexprice.ports.testing;

import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.Address;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.tenancy.Scope;
import java.time.ZoneId;
import java.util.Map;

/** Test fixture: a stored customer, {@code aCustomer().id("cust_2").externalId("acme-2").build()}. */
public final class Customers {

    private String id = "cust_stored_1";
    private Scope scope = Fixtures.SCOPE;
    private String externalId = "acme";
    private String name = "Acme Inc.";
    private String email = "billing@acme.example";
    private Address address = new Address("1 Main St", "Floor 2", "Berlin", "Berlin", "10115", "DE");
    private ZoneId timeZone;
    private CustomerId parent;
    private Map<String, String> metadata = Map.of("plan", "gold");
    private Status status = Status.PUBLISHED;

    private Customers() {
    }

    public static Customers aCustomer() {
        return new Customers();
    }

    public Customers id(String value) {
        this.id = value;
        return this;
    }

    public Customers in(Scope value) {
        this.scope = value;
        return this;
    }

    public Customers externalId(String value) {
        this.externalId = value;
        return this;
    }

    public Customers timeZone(String value) {
        this.timeZone = value == null ? null : ZoneId.of(value);
        return this;
    }

    public Customers parent(CustomerId value) {
        this.parent = value;
        return this;
    }

    public Customers status(Status value) {
        this.status = value;
        return this;
    }

    public Customer build() {
        return new Customer(CustomerId.of(id), scope, externalId, name, email, address, timeZone, parent,
                Metadata.of(metadata), status, Fixtures.EARLIER);
    }
}
