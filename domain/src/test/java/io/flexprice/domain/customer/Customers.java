package io.flexprice.domain.customer;

import io.flexprice.domain.Fixtures;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import java.time.ZoneId;

/** Test fixture: {@code aCustomer().email("x@example.com").build()}. */
public final class Customers {

    private String externalId = "cust_ext_1";
    private String name = "Acme Inc.";
    private String email = "billing@acme.example";
    private Address address;
    private ZoneId timeZone;
    private Metadata metadata;
    private Status status = Status.PUBLISHED;

    private Customers() {
    }

    public static Customers aCustomer() {
        return new Customers();
    }

    public Customers externalId(String value) {
        this.externalId = value;
        return this;
    }

    public Customers name(String value) {
        this.name = value;
        return this;
    }

    public Customers email(String value) {
        this.email = value;
        return this;
    }

    public Customers address(Address value) {
        this.address = value;
        return this;
    }

    public Customers timeZone(ZoneId value) {
        this.timeZone = value;
        return this;
    }

    public Customers status(Status value) {
        this.status = value;
        return this;
    }

    public Customer build() {
        return new Customer(CustomerId.of("cust_01HZ"), Fixtures.SCOPE, externalId, name, email, address, timeZone,
                null, metadata, status, Fixtures.AUDIT);
    }
}
