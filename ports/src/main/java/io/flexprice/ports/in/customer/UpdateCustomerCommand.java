package io.flexprice.ports.in.customer;

import java.util.Map;

/** A partial update: null fields keep their current value. */
public record UpdateCustomerCommand(String externalId, String name, String email, String addressLine1,
                                    String addressLine2, String addressCity, String addressState,
                                    String addressPostalCode, String addressCountry, String timezone,
                                    String parentCustomerId, String parentCustomerExternalId,
                                    Map<String, String> metadata) {
}
