package io.flexprice.adapters.http.costsheet;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.costsheet.CostsheetId;
import io.flexprice.ports.in.costsheet.CostAnalyticsQuery;
import io.flexprice.ports.in.costsheet.FindCostsheetsQuery;
import io.flexprice.ports.in.costsheet.ManageCostsheetsUseCase;
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

/**
 * FlexPrice's costsheet endpoints under {@code /v1/costs}: CRUD, the active costsheet, search, and cost
 * analytics (v1 and v2 answer the same).
 */
@Path("/v1/costs")
@Produces(MediaType.APPLICATION_JSON)
public final class CostsResource {

    static final String DELETED_MESSAGE = "Costsheet deleted successfully";

    private final ManageCostsheetsUseCase manage;
    private final FindCostsheetsQuery find;
    private final CostAnalyticsQuery analytics;

    @Inject
    public CostsResource(ManageCostsheetsUseCase manage, FindCostsheetsQuery find, CostAnalyticsQuery analytics) {
        this.manage = manage;
        this.find = find;
        this.analytics = analytics;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201",
            content = @Content(schema = @Schema(implementation = CostsheetResponse.Envelope.class)))
    public Response create(@Context SecurityContext security, CreateCostsheetRequest request) {
        var created = manage.create(Callers.of(security), WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(CostsheetResponse.Envelope.of(created)).build();
    }

    /** The environment's active costsheet (not wrapped, as FlexPrice answers it); 404 when there is none. */
    @GET
    @Path("/active")
    public CostsheetResponse active(@Context SecurityContext security) {
        return CostsheetResponse.from(find.active(Callers.of(security)));
    }

    /** {@code expand} is accepted and ignored: the prices are always included. */
    @GET
    @Path("/{id}")
    public CostsheetResponse.Envelope get(@Context SecurityContext security, @PathParam("id") String id,
                                          @QueryParam("expand") String expand) {
        return CostsheetResponse.Envelope.of(find.get(Callers.of(security), CostsheetId.of(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CostsheetResponse.Envelope update(@Context SecurityContext security, @PathParam("id") String id,
                                             UpdateCostsheetRequest request) {
        return CostsheetResponse.Envelope.of(manage.update(Callers.of(security), CostsheetId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    /** The costsheet and its prices are deleted. */
    @DELETE
    @Path("/{id}")
    public CostsheetResponse.Deleted delete(@Context SecurityContext security, @PathParam("id") String id) {
        manage.delete(Callers.of(security), CostsheetId.of(id));
        return new CostsheetResponse.Deleted(id, DELETED_MESSAGE);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListResponse<CostsheetResponse> search(@Context SecurityContext security, CostsheetSearchRequest request) {
        var search = (request == null ? CostsheetSearchRequest.ALL : request).toSearch();
        return ListResponse.from(find.search(Callers.of(security), search.filter(), search.page()),
                CostsheetResponse::from);
    }

    /** An extension: the search as query parameters. */
    @GET
    public ListResponse<CostsheetResponse> list(@Context SecurityContext security,
                                                @QueryParam("name") String name,
                                                @QueryParam("lookup_key") String lookupKey,
                                                @QueryParam("status") String status,
                                                @QueryParam("limit") String limit,
                                                @QueryParam("offset") String offset,
                                                @QueryParam("order") String order) {
        WireParser wire = new WireParser();
        Integer limitValue = wire.integer(limit, "limit", 1);
        Integer offsetValue = wire.integer(offset, "offset", 0);
        wire.throwIfInvalid();
        return search(security, new CostsheetSearchRequest(null, lookupKey, name, status, null, limitValue,
                offsetValue, order));
    }

    @POST
    @Path("/analytics")
    @Consumes(MediaType.APPLICATION_JSON)
    public CostAnalyticsResponse analytics(@Context SecurityContext security, CostAnalyticsWireRequest request) {
        var parsed = (request == null ? CostAnalyticsWireRequest.DEFAULT : request).toRequest();
        return CostAnalyticsResponse.from(analytics.analyse(Callers.of(security), parsed));
    }

    /** FlexPrice computes v2 from another pipeline; here both answer the same. */
    @POST
    @Path("/analytics-v2")
    @Consumes(MediaType.APPLICATION_JSON)
    public CostAnalyticsResponse analyticsV2(@Context SecurityContext security, CostAnalyticsWireRequest request) {
        return analytics(security, request);
    }
}
