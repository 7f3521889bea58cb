package io.flexprice.adapters.http.creditgrant;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.domain.plan.PlanId;
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

/** {@code GET /v1/plans/{id}/creditgrants}: FlexPrice's {@code dto.ListCreditGrantsResponse}, every live grant. */
@Path("/v1/plans/{id}/creditgrants")
@Produces(MediaType.APPLICATION_JSON)
public final class PlanCreditGrantsResource {

    private final FindCreditGrantsQuery find;

    @Inject
    public PlanCreditGrantsResource(FindCreditGrantsQuery find) {
        this.find = find;
    }

    @GET
    public ListResponse<CreditGrantResponse> list(@Context SecurityContext security, @PathParam("id") String id) {
        List<CreditGrantResponse> items = find.ofPlan(Callers.of(security), PlanId.of(id)).stream()
                .map(CreditGrantResponse::from).toList();
        return new ListResponse<>(items, new ListResponse.Pagination(items.size(), 0, items.size()));
    }
}
