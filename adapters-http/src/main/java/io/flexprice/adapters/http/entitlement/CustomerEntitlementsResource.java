package io.flexprice.adapters.http.entitlement;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.customer.CustomerRef;
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

/**
 * {@code GET /v1/customers/{id}/entitlements}: what the customer's active and trialing subscriptions grant,
 * summed per feature; {@code feature_ids} and {@code subscription_ids} narrow it, as FlexPrice's request does.
 */
@Path("/v1/customers/{id}/entitlements")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerEntitlementsResource {

    private final FindCustomerEntitlementsQuery find;

    @Inject
    public CustomerEntitlementsResource(FindCustomerEntitlementsQuery find) {
        this.find = find;
    }

    @GET
    public CustomerEntitlementsResponse get(@Context SecurityContext security, @PathParam("id") String id,
                                            @QueryParam("feature_ids") List<String> featureIds,
                                            @QueryParam("subscription_ids") List<String> subscriptionIds) {
        return CustomerEntitlementsResponse.from(find.ofCustomer(Callers.of(security), CustomerRef.byId(id),
                WireParser.list(featureIds), WireParser.list(subscriptionIds)));
    }
}
