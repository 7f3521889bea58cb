package io.flexprice.sdk.customers;

import io.flexprice.sdk.common.Status;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CustomerResponse}.
 *
 * @param id the customer's id
 * @param externalId your own id for the customer
 * @param name display name
 * @param email billing e-mail address
 * @param addressLine1 first address line
 * @param addressLine2 second address line
 * @param addressCity city
 * @param addressState state or region
 * @param addressPostalCode postal code
 * @param addressCountry country, ISO 3166-1 alpha-2
 * @param metadata your key/value pairs
 * @param parentCustomerId the parent customer's id, or null
 * @param timezone the customer's IANA zone (an extension of this server)
 * @param status lifecycle status
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when created
 * @param createdBy who created it
 * @param updatedAt when last changed
 * @param updatedBy who last changed it
 */
public record Customer(String id, String externalId, String name, String email, String addressLine1,
                       String addressLine2, String addressCity, String addressState, String addressPostalCode,
                       String addressCountry, Map<String, String> metadata, String parentCustomerId, String timezone,
                       Status status, String tenantId, String environmentId, Instant createdAt, String createdBy,
                       Instant updatedAt, String updatedBy) {

    public Customer {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

}
