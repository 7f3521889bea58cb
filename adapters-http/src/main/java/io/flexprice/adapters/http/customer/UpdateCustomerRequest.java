package io.flexprice.adapters.http.customer;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.ports.in.customer.UpdateCustomerCommand;
import java.util.Map;

/** FlexPrice's {@code dto.UpdateCustomerRequest} plus our {@code timezone}; absent fields keep their value. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateCustomerRequest(String externalId, String name, String email, String addressLine1,
                                    String addressLine2, String addressCity, String addressState,
                                    String addressPostalCode, String addressCountry, Map<String, String> metadata,
                                    String parentCustomerId, String parentCustomerExternalId, String timezone) {

    public UpdateCustomerCommand toCommand() {
        return new UpdateCustomerCommand(externalId, name, email, addressLine1, addressLine2, addressCity,
                addressState, addressPostalCode, addressCountry, timezone, parentCustomerId, parentCustomerExternalId,
                metadata);
    }
}
