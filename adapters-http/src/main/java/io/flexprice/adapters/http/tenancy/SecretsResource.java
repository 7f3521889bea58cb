package io.flexprice.adapters.http.tenancy;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.ApiKeyId;
import io.flexprice.ports.in.tenancy.ManageApiKeysUseCase;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** FlexPrice's API key endpoints under {@code /v1/secrets/api/keys}. */
@Path("/v1/secrets/api/keys")
@Produces(MediaType.APPLICATION_JSON)
public final class SecretsResource {

    private final ManageApiKeysUseCase apiKeys;

    @Inject
    public SecretsResource(ManageApiKeysUseCase apiKeys) {
        this.apiKeys = apiKeys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201",
            content = @Content(schema = @Schema(implementation = CreateApiKeyResponse.class)))
    public Response create(@Context SecurityContext security, CreateApiKeyRequest request) {
        var issued = apiKeys.create(Callers.of(security), WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(CreateApiKeyResponse.from(issued)).build();
    }

    @GET
    public ListResponse<SecretResponse> list(@Context SecurityContext security, @QueryParam("limit") String limit,
                                             @QueryParam("offset") String offset,
                                             @QueryParam("status") String status) {
        WireParser wire = new WireParser();
        PageRequest page = wire.page(limit, offset, null);
        Status statusFilter = wire.status(status);
        wire.throwIfInvalid();
        return ListResponse.from(apiKeys.list(Callers.of(security), statusFilter, page), SecretResponse::from);
    }

    @DELETE
    @Path("/{id}")
    @ApiResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Context SecurityContext security, @PathParam("id") String id) {
        apiKeys.delete(Callers.of(security), ApiKeyId.of(id));
        return Response.noContent().build();
    }
}
