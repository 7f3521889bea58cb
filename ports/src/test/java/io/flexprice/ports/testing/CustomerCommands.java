package io.flexprice.ports.testing;

import io.flexprice.ports.in.customer.CustomerCommand;
import io.flexprice.ports.in.customer.UpdateCustomerCommand;
import java.util.Map;

/**
 * Test fixture for customer commands: {@code aCustomerCommand()} starts from a complete new customer,
 * {@code anUpdate()} from an update that changes nothing; set what the test is about.
 */
public final class CustomerCommands {

    private String externalId;
    private String name;
    private String email;
    private String addressLine1;
    private String addressLine2;
    private String addressCity;
    private String addressState;
    private String addressPostalCode;
    private String addressCountry;
    private String timezone;
    private String parentCustomerId;
    private String parentCustomerExternalId;
    private Map<String, String> metadata;

    private CustomerCommands() {
    }

    public static CustomerCommands aCustomerCommand() {
        CustomerCommands c = new CustomerCommands();
        c.externalId = "new-customer";
        c.name = "New Customer Ltd";
        c.email = "ap@new.example";
        c.addressLine1 = "5 High St";
        c.addressCity = "London";
        c.addressPostalCode = "EC1A 1BB";
        c.addressCountry = "GB";
        c.metadata = Map.of("segment", "smb");
        return c;
    }

    public static CustomerCommands anUpdate() {
        return new CustomerCommands();
    }

    public CustomerCommands externalId(String value) {
        this.externalId = value;
        return this;
    }

    public CustomerCommands name(String value) {
        this.name = value;
        return this;
    }

    public CustomerCommands email(String value) {
        this.email = value;
        return this;
    }

    public CustomerCommands addressLine1(String value) {
        this.addressLine1 = value;
        return this;
    }

    public CustomerCommands addressCity(String value) {
        this.addressCity = value;
        return this;
    }

    public CustomerCommands addressCountry(String value) {
        this.addressCountry = value;
        return this;
    }

    public CustomerCommands timezone(String value) {
        this.timezone = value;
        return this;
    }

    public CustomerCommands parentId(String value) {
        this.parentCustomerId = value;
        return this;
    }

    public CustomerCommands parentExternalId(String value) {
        this.parentCustomerExternalId = value;
        return this;
    }

    public CustomerCommands metadata(Map<String, String> value) {
        this.metadata = value;
        return this;
    }

    public CustomerCommand build() {
        return new CustomerCommand(externalId, name, email, addressLine1, addressLine2, addressCity, addressState,
                addressPostalCode, addressCountry, timezone, parentCustomerId, parentCustomerExternalId, metadata);
    }

    public UpdateCustomerCommand buildUpdate() {
        return new UpdateCustomerCommand(externalId, name, email, addressLine1, addressLine2, addressCity,
                addressState, addressPostalCode, addressCountry, timezone, parentCustomerId, parentCustomerExternalId,
                metadata);
    }
}
