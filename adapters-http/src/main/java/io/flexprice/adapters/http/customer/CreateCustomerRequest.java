package io.flexprice.adapters.http.customer;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.ports.in.customer.CustomerCommand;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateCustomerRequest}, plus our {@code timezone} (an IANA name; billing
 * periods and usage windows follow it). Integration mappings, tax overrides and the onboarding flag
 * are accepted and ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateCustomerRequest(String externalId, String name, String email, String addressLine1,
                                    String addressLine2, String addressCity, String addressState,
                                    String addressPostalCode, String addressCountry, Map<String, String> metadata,
                                    String parentCustomerId, String parentCustomerExternalId, String timezone) {

    public CustomerCommand toCommand() {
        return new CustomerCommand(externalId, name, email, addressLine1, addressLine2, addressCity, addressState,
                addressPostalCode, addressCountry, timezone, parentCustomerId, parentCustomerExternalId,
                metadata);
    }
}
