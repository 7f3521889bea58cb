package io.flexprice.adapters.http.tax;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tax.TaxAssociationId;
import io.flexprice.domain.tax.TaxEntityType;
import io.flexprice.ports.in.tax.FindTaxAssociationsQuery;
import io.flexprice.ports.in.tax.FindTaxAssociationsQuery.Search;
import io.flexprice.ports.in.tax.ManageTaxAssociationsUseCase;
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
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** FlexPrice's tax association endpoints under {@code /v1/taxes/associations}. */
@Path("/v1/taxes/associations")
@Produces(MediaType.APPLICATION_JSON)
public final class TaxAssociationsResource {

    private final ManageTaxAssociationsUseCase manage;
    private final FindTaxAssociationsQuery find;

    @Inject
    public TaxAssociationsResource(ManageTaxAssociationsUseCase manage, FindTaxAssociationsQuery find) {
        this.manage = manage;
        this.find = find;
    }

    /** 200, not 201, as FlexPrice. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public TaxAssociationResponse create(@Context SecurityContext security, CreateTaxAssociationRequest request) {
        return TaxAssociationResponse.from(manage.create(Callers.of(security),
                WireParser.requireBody(request).toCommand()));
    }

    /**
     * FlexPrice's filter: {@code entity_type}, {@code entity_id}, {@code external_customer_id},
     * {@code tax_rate_id}; plus {@code status} and paging. {@code expand=tax_rate} adds each rate.
     */
    @GET
    public ListResponse<TaxAssociationResponse> list(@Context SecurityContext security,
                                                     @QueryParam("entity_type") String entityType,
                                                     @QueryParam("entity_id") String entityId,
                                                     @QueryParam("external_customer_id") String externalCustomerId,
                                                     @QueryParam("tax_rate_id") List<String> taxRateIds,
                                                     @QueryParam("status") String status,
                                                     @QueryParam("expand") String expand,
                                                     @QueryParam("limit") String limit,
                                                     @QueryParam("offset") String offset,
                                                     @QueryParam("order") String order) {
        WireParser wire = new WireParser();
        TaxEntityType type = CreateTaxRateRequest.blank(entityType) ? null
                : wire.parse(() -> TaxEntityType.fromWire(entityType.trim()));
        Status statusFilter = wire.status(status);
        PageRequest page = wire.page(limit, offset, order);
        wire.throwIfInvalid();
        boolean withRates = WireParser.list(expand == null ? null : List.of(expand)).contains("tax_rate");
        return ListResponse.from(find.search(Callers.of(security), new Search(type, entityId, externalCustomerId,
                WireParser.list(taxRateIds), statusFilter, page)),
                view -> withRates ? TaxAssociationResponse.from(view)
                        : TaxAssociationResponse.from(view.association()));
    }

    /** The association with its {@code tax_rate}. */
    @GET
    @Path("/{id}")
    public TaxAssociationResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return TaxAssociationResponse.from(find.get(Callers.of(security), TaxAssociationId.of(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaxAssociationResponse update(@Context SecurityContext security, @PathParam("id") String id,
                                         UpdateTaxAssociationRequest request) {
        return TaxAssociationResponse.from(manage.update(Callers.of(security), TaxAssociationId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    /** 200 with the association as deleted, which is what FlexPrice's SDK reads. */
    @DELETE
    @Path("/{id}")
    public TaxAssociationResponse delete(@Context SecurityContext security, @PathParam("id") String id) {
        return TaxAssociationResponse.from(manage.delete(Callers.of(security), TaxAssociationId.of(id)));
    }
}
