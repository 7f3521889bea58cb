package io.flexprice.adapters.http.entitlement;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.ports.in.entitlement.FindCustomerEntitlementsQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** {@code GET /v1/subscriptions/{id}/entitlements}: what one subscription grants, summed per feature. */
@Path("/v1/subscriptions/{id}/entitlements")
@Produces(MediaType.APPLICATION_JSON)
public final class SubscriptionEntitlementsResource {

    private final FindCustomerEntitlementsQuery find;

    @Inject
    public SubscriptionEntitlementsResource(FindCustomerEntitlementsQuery find) {
        this.find = find;
    }

    @GET
    public SubscriptionEntitlementsResponse get(@Context SecurityContext security, @PathParam("id") String id,
                                                @QueryParam("feature_ids") List<String> featureIds) {
        return SubscriptionEntitlementsResponse.from(find.ofSubscription(Callers.of(security), SubscriptionId.of(id),
                WireParser.list(featureIds)));
    }
}
