package io.flexprice.ports.in.customer;

import java.util.Map;

/** A new customer as a client describes it. Validation happens when the domain object is built. */
public record CustomerCommand(String externalId, String name, String email, String addressLine1,
                              String addressLine2, String addressCity, String addressState,
                              String addressPostalCode, String addressCountry, String timezone,
                              String parentCustomerId, String parentCustomerExternalId,
                              Map<String, String> metadata) {
}
