package io.flexprice.adapters.http.creditgrant;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.domain.creditgrant.CreditGrantApplication;
import io.flexprice.domain.subscription.SubscriptionId;
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
 * A subscription's grant applications: {@code GET /v1/subscriptions/{id}/grants/upcoming} (FlexPrice's; the next
 * application of each grant, not yet applied) and, an extension, {@code GET /v1/subscriptions/{id}/grants/applied}
 * (every stored application: applied, failed and skipped).
 */
@Path("/v1/subscriptions/{id}/grants")
@Produces(MediaType.APPLICATION_JSON)
public final class SubscriptionGrantsResource {

    private final FindCreditGrantsQuery find;

    @Inject
    public SubscriptionGrantsResource(FindCreditGrantsQuery find) {
        this.find = find;
    }

    @GET
    @Path("/upcoming")
    public ListResponse<CreditGrantApplicationResponse> upcoming(@Context SecurityContext security,
                                                                 @PathParam("id") String id) {
        return list(find.upcoming(Callers.of(security), SubscriptionId.of(id)));
    }

    @GET
    @Path("/applied")
    public ListResponse<CreditGrantApplicationResponse> applied(@Context SecurityContext security,
                                                                @PathParam("id") String id) {
        return list(find.applications(Callers.of(security), SubscriptionId.of(id)));
    }

    private static ListResponse<CreditGrantApplicationResponse> list(List<CreditGrantApplication> applications) {
        List<CreditGrantApplicationResponse> items = applications.stream()
                .map(CreditGrantApplicationResponse::from).toList();
        return new ListResponse<>(items, new ListResponse.Pagination(items.size(), 0, items.size()));
    }
}
