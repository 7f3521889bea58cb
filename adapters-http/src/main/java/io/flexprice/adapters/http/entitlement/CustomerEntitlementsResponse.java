package io.flexprice.adapters.http.entitlement;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.ports.in.entitlement.FindCustomerEntitlementsQuery.CustomerEntitlements;
import java.util.List;

/** FlexPrice's {@code dto.CustomerEntitlementsResponse}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CustomerEntitlementsResponse(String customerId, List<AggregatedFeatureResponse> features) {

    public static CustomerEntitlementsResponse from(CustomerEntitlements e) {
        return new CustomerEntitlementsResponse(e.customer().id().value(),
                e.features().stream().map(AggregatedFeatureResponse::from).toList());
    }
}
