package io.flexprice.domain.customer;

import io.flexprice.domain.common.Metadata;
import java.time.ZoneId;

/** The user-editable part of a customer. */
public record CustomerDetails(String externalId, String name, String email, Address address, ZoneId timeZone,
                              CustomerId parentCustomerId, Metadata metadata) {

    public CustomerDetails {
        Customer.validate(externalId, name, email);
    }
}
