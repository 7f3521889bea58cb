package io.flexprice.adapters.http.creditgrant;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.ports.in.creditgrant.FindCreditGrantsQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * FlexPrice's {@code GET /v1/customers/{id}/grants/upcoming}: the next application of each grant of every live
 * subscription of the customer, soonest first, in the shape of the subscription's
 * ({@link SubscriptionGrantsResource}).
 */
@Path("/v1/customers/{id}/grants")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerGrantsResource {

    private final FindCreditGrantsQuery find;

    @Inject
    public CustomerGrantsResource(FindCreditGrantsQuery find) {
        this.find = find;
    }

    @GET
    @Path("/upcoming")
    public ListResponse<CreditGrantApplicationResponse> upcoming(@Context SecurityContext security,
                                                                 @PathParam("id") String id) {
        List<CreditGrantApplicationResponse> items = find.upcomingOfCustomer(Callers.of(security), CustomerId.of(id))
                .stream().map(CreditGrantApplicationResponse::from).toList();
        return new ListResponse<>(items, new ListResponse.Pagination(items.size(), 0, items.size()));
    }
}
