package io.flexprice.adapters.http.pricing;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.SuccessResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.ports.in.pricing.FindPricesQuery;
import io.flexprice.ports.in.pricing.ManagePricesUseCase;
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
import java.time.Instant;
import java.util.List;

/** FlexPrice's price endpoints under {@code /v1/prices}. */
@Path("/v1/prices")
@Produces(MediaType.APPLICATION_JSON)
public final class PricesResource {

    static final String DELETED_MESSAGE = "price deleted successfully";
    static final String ENDED_MESSAGE = "price end date set successfully";

    private final ManagePricesUseCase manage;
    private final FindPricesQuery find;

    @Inject
    public PricesResource(ManagePricesUseCase manage, FindPricesQuery find) {
        this.manage = manage;
        this.find = find;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PriceResponse.class)))
    public Response create(@Context SecurityContext security, CreatePriceRequest request) {
        var created = manage.create(Callers.of(security), WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(PriceResponse.from(created)).build();
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201",
            content = @Content(schema = @Schema(implementation = BulkCreatePricesResponse.class)))
    public Response createBulk(@Context SecurityContext security, BulkCreatePricesRequest request) {
        var created = manage.createAll(Callers.of(security), WireParser.requireBody(request).toCommands());
        return Response.status(Response.Status.CREATED)
                .entity(new BulkCreatePricesResponse(created.stream().map(PriceResponse::from).toList())).build();
    }

    @GET
    @Path("/{id}")
    public PriceResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return PriceResponse.from(find.get(Callers.of(security), PriceId.of(id)));
    }

    @GET
    @Path("/lookup/{lookup_key}")
    public PriceResponse getByLookupKey(@Context SecurityContext security,
                                        @PathParam("lookup_key") String lookupKey) {
        return PriceResponse.from(find.getByLookupKey(Callers.of(security), lookupKey));
    }

    /** A change of terms answers with the new version (see {@link UpdatePriceRequest}). */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PriceResponse update(@Context SecurityContext security, @PathParam("id") String id,
                                UpdatePriceRequest request) {
        return PriceResponse.from(manage.update(Callers.of(security), PriceId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    /**
     * 200 with FlexPrice's {@code dto.SuccessResponse}, as its SDK expects. With FlexPrice's optional body's
     * {@code end_date} the price ends there instead of being deleted.
     */
    @DELETE
    @Path("/{id}")
    public SuccessResponse delete(@Context SecurityContext security, @PathParam("id") String id,
                                  DeletePriceRequest request) {
        Instant endDate = request == null ? null : request.endDateOrNull();
        if (endDate != null) {
            manage.endAt(Callers.of(security), PriceId.of(id), endDate);
            return new SuccessResponse(ENDED_MESSAGE);
        }
        manage.delete(Callers.of(security), PriceId.of(id));
        return new SuccessResponse(DELETED_MESSAGE);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListResponse<PriceResponse> search(@Context SecurityContext security, PriceSearchRequest request) {
        return searchWith(security, (request == null ? PriceSearchRequest.ALL : request).toSearch());
    }

    @GET
    public ListResponse<PriceResponse> list(@Context SecurityContext security,
                                            @QueryParam("price_ids") List<String> priceIds,
                                            @QueryParam("plan_ids") List<String> planIds,
                                            @QueryParam("entity_ids") List<String> entityIds,
                                            @QueryParam("entity_type") String entityType,
                                            @QueryParam("meter_ids") List<String> meterIds,
                                            @QueryParam("parent_price_id") String parentPriceId,
                                            @QueryParam("allow_expired_prices") String allowExpiredPrices,
                                            @QueryParam("start_date_lt") String startDateLt,
                                            @QueryParam("status") String status,
                                            @QueryParam("limit") String limit,
                                            @QueryParam("offset") String offset,
                                            @QueryParam("order") String order) {
        return searchWith(security, PriceSearchRequest.fromQuery(priceIds, planIds, entityIds, entityType, meterIds,
                parentPriceId, allowExpiredPrices, startDateLt, status, limit, offset, order));
    }

    private ListResponse<PriceResponse> searchWith(SecurityContext security, PriceSearchRequest.Search search) {
        return ListResponse.from(find.search(Callers.of(security), search.filter(), search.page(),
                search.includeEnded()), PriceResponse::from);
    }
}
