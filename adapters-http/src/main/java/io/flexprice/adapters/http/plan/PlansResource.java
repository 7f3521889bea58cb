package io.flexprice.adapters.http.plan;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.SuccessResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.ports.in.plan.FindPlansQuery;
import io.flexprice.ports.in.plan.ManagePlansUseCase;
import io.flexprice.ports.in.plan.SyncPlanPricesUseCase;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** FlexPrice's plan endpoints under {@code /v1/plans}. */
@Path("/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
public final class PlansResource {

    static final String DELETED_MESSAGE = "plan deleted successfully";

    private final ManagePlansUseCase manage;
    private final FindPlansQuery find;
    private final SyncPlanPricesUseCase sync;

    @Inject
    public PlansResource(ManagePlansUseCase manage, FindPlansQuery find, SyncPlanPricesUseCase sync) {
        this.manage = manage;
        this.find = find;
        this.sync = sync;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response create(@Context SecurityContext security, CreatePlanRequest request) {
        var created = manage.create(Callers.of(security), WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(PlanResponse.from(created)).build();
    }

    /** The plan with its live prices that have not ended (current and scheduled versions). */
    @GET
    @Path("/{id}")
    public PlanResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return PlanResponse.from(find.get(Callers.of(security), PlanId.of(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanResponse update(@Context SecurityContext security, @PathParam("id") String id,
                               UpdatePlanRequest request) {
        return PlanResponse.from(manage.update(Callers.of(security), PlanId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    /** 200 with FlexPrice's {@code dto.SuccessResponse}; the plan's prices are deleted with it. */
    @DELETE
    @Path("/{id}")
    public SuccessResponse delete(@Context SecurityContext security, @PathParam("id") String id) {
        manage.delete(Callers.of(security), PlanId.of(id));
        return new SuccessResponse(DELETED_MESSAGE);
    }

    /** 201 with the new plan and the copies of the source's current prices. */
    @POST
    @Path("/{id}/clone")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public Response clone(@Context SecurityContext security, @PathParam("id") String id, ClonePlanRequest request) {
        var cloned = manage.clone(Callers.of(security), PlanId.of(id), WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(PlanResponse.from(cloned)).build();
    }

    /**
     * FlexPrice's price sync: the plan's prices pushed to its running subscriptions (see
     * {@link SyncPlanPricesUseCase}). FlexPrice starts a workflow and answers its id; here the sync is done when
     * the answer comes, which says what it did.
     */
    @POST
    @Path("/{id}/sync/subscriptions")
    public PlanSyncResponse syncSubscriptions(@Context SecurityContext security, @PathParam("id") String id) {
        return PlanSyncResponse.from(sync.sync(Callers.of(security), PlanId.of(id)));
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListResponse<PlanResponse> search(@Context SecurityContext security, PlanSearchRequest request) {
        return searchWith(security, (request == null ? PlanSearchRequest.ALL : request).toSearch());
    }

    @GET
    public ListResponse<PlanResponse> list(@Context SecurityContext security,
                                           @QueryParam("plan_ids") List<String> planIds,
                                           @QueryParam("lookup_key") String lookupKey,
                                           @QueryParam("status") String status,
                                           @QueryParam("limit") String limit,
                                           @QueryParam("offset") String offset,
                                           @QueryParam("order") String order) {
        return searchWith(security, PlanSearchRequest.fromQuery(planIds, lookupKey, status, limit, offset, order));
    }

    private ListResponse<PlanResponse> searchWith(SecurityContext security, PlanSearchRequest.Search search) {
        return ListResponse.from(find.search(Callers.of(security), search.filter(), search.page()),
                PlanResponse::from);
    }
}
