package io.flexprice.adapters.http.feature;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.SuccessResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.ports.in.feature.FindFeaturesQuery;
import io.flexprice.ports.in.feature.ManageFeaturesUseCase;
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

/** FlexPrice's feature endpoints under {@code /v1/features}. */
@Path("/v1/features")
@Produces(MediaType.APPLICATION_JSON)
public final class FeaturesResource {

    static final String DELETED_MESSAGE = "feature deleted successfully";

    private final ManageFeaturesUseCase manage;
    private final FindFeaturesQuery find;

    @Inject
    public FeaturesResource(ManageFeaturesUseCase manage, FindFeaturesQuery find) {
        this.manage = manage;
        this.find = find;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = FeatureResponse.class)))
    public Response create(@Context SecurityContext security, CreateFeatureRequest request) {
        var created = manage.create(Callers.of(security), WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(FeatureResponse.from(created)).build();
    }

    @GET
    @Path("/{id}")
    public FeatureResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return FeatureResponse.from(find.get(Callers.of(security), FeatureId.of(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeatureResponse update(@Context SecurityContext security, @PathParam("id") String id,
                                  UpdateFeatureRequest request) {
        return FeatureResponse.from(manage.update(Callers.of(security), FeatureId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    /** 200 with FlexPrice's {@code dto.SuccessResponse}, as its SDK expects. */
    @DELETE
    @Path("/{id}")
    public SuccessResponse delete(@Context SecurityContext security, @PathParam("id") String id) {
        manage.delete(Callers.of(security), FeatureId.of(id));
        return new SuccessResponse(DELETED_MESSAGE);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListResponse<FeatureResponse> search(@Context SecurityContext security, FeatureSearchRequest request) {
        return searchWith(security, (request == null ? FeatureSearchRequest.ALL : request).toSearch());
    }

    @GET
    public ListResponse<FeatureResponse> list(@Context SecurityContext security,
                                              @QueryParam("feature_ids") List<String> featureIds,
                                              @QueryParam("lookup_key") String lookupKey,
                                              @QueryParam("lookup_keys") List<String> lookupKeys,
                                              @QueryParam("meter_ids") List<String> meterIds,
                                              @QueryParam("name_contains") String nameContains,
                                              @QueryParam("status") String status,
                                              @QueryParam("limit") String limit,
                                              @QueryParam("offset") String offset,
                                              @QueryParam("order") String order) {
        return searchWith(security, FeatureSearchRequest.fromQuery(featureIds, lookupKey, lookupKeys, meterIds,
                nameContains, status, limit, offset, order));
    }

    private ListResponse<FeatureResponse> searchWith(SecurityContext security, FeatureSearchRequest.Search search) {
        return ListResponse.from(find.search(Callers.of(security), search.filter(), search.page()),
                FeatureResponse::from);
    }
}
