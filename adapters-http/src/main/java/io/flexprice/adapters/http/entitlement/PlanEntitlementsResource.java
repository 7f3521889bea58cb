package io.flexprice.adapters.http.entitlement;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.ports.in.entitlement.FindEntitlementsQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** {@code GET /v1/plans/{id}/entitlements}: the plan with its entitlements (FlexPrice answers a plan). */
@Path("/v1/plans/{id}/entitlements")
@Produces(MediaType.APPLICATION_JSON)
public final class PlanEntitlementsResource {

    private final FindEntitlementsQuery find;

    @Inject
    public PlanEntitlementsResource(FindEntitlementsQuery find) {
        this.find = find;
    }

    @GET
    public PlanEntitlementsResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return PlanEntitlementsResponse.from(find.ofPlan(Callers.of(security), PlanId.of(id)));
    }
}
