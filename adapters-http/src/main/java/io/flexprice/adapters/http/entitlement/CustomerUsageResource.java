package io.flexprice.adapters.http.entitlement;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.entitlement.FindCustomerEntitlementsQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * {@code GET /v1/customers/usage}: FlexPrice's customer usage summary, the customer named by
 * {@code customer_id} or by {@code customer_lookup_key} (its external id).
 */
@Path("/v1/customers/usage")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerUsageResource {

    private final FindCustomerEntitlementsQuery find;

    @Inject
    public CustomerUsageResource(FindCustomerEntitlementsQuery find) {
        this.find = find;
    }

    @GET
    public CustomerUsageSummaryResponse get(@Context SecurityContext security,
                                            @QueryParam("customer_id") String customerId,
                                            @QueryParam("customer_lookup_key") String customerLookupKey,
                                            @QueryParam("feature_ids") List<String> featureIds,
                                            @QueryParam("feature_lookup_keys") List<String> featureLookupKeys,
                                            @QueryParam("subscription_ids") List<String> subscriptionIds) {
        WireParser wire = new WireParser();
        CustomerRef customer = wire.parse(n -> "id".equals(n) ? "customer_id" : n,
                () -> new CustomerRef(customerId, customerLookupKey));
        wire.throwIfInvalid();
        return CustomerUsageSummaryResponse.from(find.usageSummary(Callers.of(security), customer,
                WireParser.list(featureIds), WireParser.list(featureLookupKeys), WireParser.list(subscriptionIds)));
    }
}
