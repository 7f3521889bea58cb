package io.flexprice.adapters.http.entitlement;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.ports.in.entitlement.FindCustomerEntitlementsQuery.SubscriptionEntitlements;
import java.util.List;

/** FlexPrice's {@code dto.SubscriptionEntitlementsResponse}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscriptionEntitlementsResponse(String subscriptionId, String planId,
                                               List<AggregatedFeatureResponse> features) {

    public static SubscriptionEntitlementsResponse from(SubscriptionEntitlements e) {
        return new SubscriptionEntitlementsResponse(e.subscription().id().value(),
                e.subscription().planId().value(), e.features().stream().map(AggregatedFeatureResponse::from).toList());
    }
}
