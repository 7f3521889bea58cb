package io.flexprice.domain.customer;

import io.flexprice.domain.common.Violations;

/** A postal address; every line optional. The country, when given, is ISO 3166-1 alpha-2. */
public record Address(String line1, String line2, String city, String state, String postalCode, String country) {

    public static final Address NONE = new Address(null, null, null, null, null, null);

    public Address {
        new Violations()
                .maxLength(line1, 255, "address_line1")
                .maxLength(line2, 255, "address_line2")
                .maxLength(city, 100, "address_city")
                .maxLength(state, 100, "address_state")
                .maxLength(postalCode, 20, "address_postal_code")
                .require(country == null || country.matches("[A-Z]{2}"), "address_country",
                        "must be an ISO 3166-1 alpha-2 code such as US or DE")
                .throwIfAny();
    }
}
