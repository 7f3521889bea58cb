package io.flexprice.adapters.http.tax;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.ports.in.tax.FindTaxRatesQuery;
import io.flexprice.ports.in.tax.ManageTaxRatesUseCase;
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

/** FlexPrice's tax rate endpoints under {@code /v1/taxes/rates}. */
@Path("/v1/taxes/rates")
@Produces(MediaType.APPLICATION_JSON)
public final class TaxRatesResource {

    private final ManageTaxRatesUseCase manage;
    private final FindTaxRatesQuery find;

    @Inject
    public TaxRatesResource(ManageTaxRatesUseCase manage, FindTaxRatesQuery find) {
        this.manage = manage;
        this.find = find;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TaxRateResponse.class)))
    public Response create(@Context SecurityContext security, CreateTaxRateRequest request) {
        var created = manage.create(Callers.of(security), WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(TaxRateResponse.from(created)).build();
    }

    /**
     * A JSON array of rates, as FlexPrice's OpenAPI document and SDK read this operation (FlexPrice's server
     * itself answers a list object).
     */
    @GET
    public List<TaxRateResponse> list(@Context SecurityContext security,
                                      @QueryParam("taxrate_ids") List<String> taxRateIds,
                                      @QueryParam("taxrate_codes") List<String> codes,
                                      @QueryParam("scope") String scope,
                                      @QueryParam("status") String status,
                                      @QueryParam("limit") String limit,
                                      @QueryParam("offset") String offset,
                                      @QueryParam("order") String order) {
        TaxRateSearch search = TaxRateSearch.fromQuery(taxRateIds, codes, scope, status, limit, offset, order);
        return find.search(Callers.of(security), search.filter(), search.page()).items().stream()
                .map(TaxRateResponse::from).toList();
    }

    @GET
    @Path("/{id}")
    public TaxRateResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return TaxRateResponse.from(find.get(Callers.of(security), TaxRateId.of(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaxRateResponse update(@Context SecurityContext security, @PathParam("id") String id,
                                  UpdateTaxRateRequest request) {
        return TaxRateResponse.from(manage.update(Callers.of(security), TaxRateId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    /** 204, as FlexPrice. */
    @DELETE
    @Path("/{id}")
    @ApiResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Context SecurityContext security, @PathParam("id") String id) {
        manage.delete(Callers.of(security), TaxRateId.of(id));
        return Response.noContent().build();
    }
}
