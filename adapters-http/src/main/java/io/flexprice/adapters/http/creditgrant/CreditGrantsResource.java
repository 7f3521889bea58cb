package io.flexprice.adapters.http.creditgrant;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.SuccessResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.ports.in.creditgrant.FindCreditGrantsQuery;
import io.flexprice.ports.in.creditgrant.ManageCreditGrantsUseCase;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** FlexPrice's credit grant endpoints under {@code /v1/creditgrants}. */
@Path("/v1/creditgrants")
@Produces(MediaType.APPLICATION_JSON)
public final class CreditGrantsResource {

    static final String DELETED_MESSAGE = "credit grant deleted successfully";

    private final ManageCreditGrantsUseCase manage;
    private final FindCreditGrantsQuery find;

    @Inject
    public CreditGrantsResource(ManageCreditGrantsUseCase manage, FindCreditGrantsQuery find) {
        this.manage = manage;
        this.find = find;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CreditGrantResponse.class)))
    public Response create(@Context SecurityContext security, CreateCreditGrantRequest request) {
        var created = manage.create(Callers.of(security), WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(CreditGrantResponse.from(created)).build();
    }

    @GET
    @Path("/{id}")
    public CreditGrantResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return CreditGrantResponse.from(find.get(Callers.of(security), CreditGrantId.of(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CreditGrantResponse update(@Context SecurityContext security, @PathParam("id") String id,
                                      UpdateCreditGrantRequest request) {
        return CreditGrantResponse.from(manage.update(Callers.of(security), CreditGrantId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    /** 200 with FlexPrice's {@code dto.SuccessResponse}. */
    @DELETE
    @Path("/{id}")
    public SuccessResponse delete(@Context SecurityContext security, @PathParam("id") String id) {
        manage.delete(Callers.of(security), CreditGrantId.of(id));
        return new SuccessResponse(DELETED_MESSAGE);
    }
}
