package io.flexprice.adapters.http.addon;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.SuccessResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.ports.in.addon.FindAddonsQuery;
import io.flexprice.ports.in.addon.ManageAddonsUseCase;
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

/** FlexPrice's addon endpoints under {@code /v1/addons}. */
@Path("/v1/addons")
@Produces(MediaType.APPLICATION_JSON)
public final class AddonsResource {

    static final String DELETED_MESSAGE = "addon deleted successfully";

    private final ManageAddonsUseCase manage;
    private final FindAddonsQuery find;

    @Inject
    public AddonsResource(ManageAddonsUseCase manage, FindAddonsQuery find) {
        this.manage = manage;
        this.find = find;
    }

    /** 201 with the addon and the prices created with it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AddonResponse.class)))
    public Response create(@Context SecurityContext security, CreateAddonRequest request) {
        var created = manage.create(Callers.of(security), WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(AddonResponse.from(created)).build();
    }

    /** The addon with its prices that have not ended. */
    @GET
    @Path("/{id}")
    public AddonResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return AddonResponse.from(find.get(Callers.of(security), AddonId.of(id)));
    }

    @GET
    @Path("/lookup/{lookup_key}")
    public AddonResponse getByLookupKey(@Context SecurityContext security,
                                        @PathParam("lookup_key") String lookupKey) {
        return AddonResponse.from(find.getByLookupKey(Callers.of(security), lookupKey));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AddonResponse update(@Context SecurityContext security, @PathParam("id") String id,
                                UpdateAddonRequest request) {
        return AddonResponse.from(manage.update(Callers.of(security), AddonId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    /** 200 with FlexPrice's {@code dto.SuccessResponse}; the addon's prices are deleted with it. */
    @DELETE
    @Path("/{id}")
    public SuccessResponse delete(@Context SecurityContext security, @PathParam("id") String id) {
        manage.delete(Callers.of(security), AddonId.of(id));
        return new SuccessResponse(DELETED_MESSAGE);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListResponse<AddonResponse> search(@Context SecurityContext security, AddonSearchRequest request) {
        return searchWith(security, (request == null ? AddonSearchRequest.ALL : request).toSearch());
    }

    @GET
    public ListResponse<AddonResponse> list(@Context SecurityContext security,
                                            @QueryParam("addon_ids") List<String> addonIds,
                                            @QueryParam("lookup_keys") List<String> lookupKeys,
                                            @QueryParam("addon_type") String addonType,
                                            @QueryParam("status") String status,
                                            @QueryParam("limit") String limit,
                                            @QueryParam("offset") String offset,
                                            @QueryParam("order") String order) {
        return searchWith(security, AddonSearchRequest.fromQuery(addonIds, lookupKeys, addonType, status, limit,
                offset, order));
    }

    private ListResponse<AddonResponse> searchWith(SecurityContext security, AddonSearchRequest.Search search) {
        return ListResponse.from(find.search(Callers.of(security), search.filter(), search.page()),
                AddonResponse::from);
    }
}
