package io.flexprice.adapters.http.customer;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.customer.Address;
import io.flexprice.domain.customer.Customer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

/** FlexPrice's {@code dto.CustomerResponse}, plus our {@code timezone}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CustomerResponse(String id, String externalId, String name, String email, String addressLine1,
                               String addressLine2, String addressCity, String addressState,
                               String addressPostalCode, String addressCountry, Map<String, String> metadata,
                               String parentCustomerId, String timezone, String status, String tenantId,
                               String environmentId, Instant createdAt, String createdBy, Instant updatedAt,
                               String updatedBy) {

    public static CustomerResponse from(Customer customer) {
        Address address = customer.address();
        return new CustomerResponse(customer.id().value(), customer.externalId(), customer.name(), customer.email(),
                address.line1(), address.line2(), address.city(), address.state(), address.postalCode(),
                address.country(), customer.metadata().values(),
                customer.parentCustomerId() == null ? null : customer.parentCustomerId().value(),
                zoneName(customer.timeZone()), customer.status().wireValue(),
                customer.scope().tenantId().value(), customer.scope().environmentId().value(),
                customer.audit().createdAt(), customer.audit().createdBy(), customer.audit().updatedAt(),
                customer.audit().updatedBy());
    }

    /** The IANA name of a zone; the offset zero that the domain defaults to reads {@code UTC}. */
    static String zoneName(ZoneId zone) {
        if (zone == null) {
            return null;
        }
        return zone instanceof ZoneOffset offset && offset.getTotalSeconds() == 0 ? "UTC" : zone.getId();
    }
}
