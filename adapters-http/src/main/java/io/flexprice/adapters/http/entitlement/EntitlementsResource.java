package io.flexprice.adapters.http.entitlement;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.SuccessResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.entitlement.CheckEntitlementQuery;
import io.flexprice.ports.in.entitlement.FeatureRef;
import io.flexprice.ports.in.entitlement.FindEntitlementsQuery;
import io.flexprice.ports.in.entitlement.ManageEntitlementsUseCase;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
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
import java.util.Map;

/** FlexPrice's entitlement endpoints under {@code /v1/entitlements}, plus the one-call check. */
@Path("/v1/entitlements")
@Produces(MediaType.APPLICATION_JSON)
public final class EntitlementsResource {

    static final String DELETED_MESSAGE = "entitlement deleted successfully";

    private final ManageEntitlementsUseCase manage;
    private final FindEntitlementsQuery find;
    private final CheckEntitlementQuery check;

    @Inject
    public EntitlementsResource(ManageEntitlementsUseCase manage, FindEntitlementsQuery find,
                                CheckEntitlementQuery check) {
        this.manage = manage;
        this.find = find;
        this.check = check;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = EntitlementResponse.class)))
    public Response create(@Context SecurityContext security, CreateEntitlementRequest request) {
        var created = manage.create(Callers.of(security), WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(EntitlementResponse.from(created)).build();
    }

    /** 201 with {@code {"items": [...]}}: every entitlement or none. */
    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", content = @Content(schemaProperties = @SchemaProperty(name = "items",
            array = @ArraySchema(schema = @Schema(implementation = EntitlementResponse.class)))))
    public Response createBulk(@Context SecurityContext security, BulkCreateEntitlementsRequest request) {
        var created = manage.createAll(Callers.of(security), WireParser.requireBody(request).toCommands());
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("items", created.stream().map(EntitlementResponse::from).toList())).build();
    }

    /**
     * An extension: may the customer ({@code customer_id} or {@code external_customer_id}) use the feature
     * ({@code feature_id} or {@code feature_lookup_key}) now, and how much is left?
     */
    @GET
    @Path("/check")
    public EntitlementCheckResponse check(@Context SecurityContext security,
                                          @QueryParam("customer_id") String customerId,
                                          @QueryParam("external_customer_id") String externalCustomerId,
                                          @QueryParam("feature_id") String featureId,
                                          @QueryParam("feature_lookup_key") String featureLookupKey) {
        WireParser wire = new WireParser();
        CustomerRef customer = wire.parse(n -> "id".equals(n) ? "customer_id" : n,
                () -> new CustomerRef(customerId, externalCustomerId));
        FeatureRef feature = wire.parse(() -> new FeatureRef(featureId, featureLookupKey));
        wire.throwIfInvalid();
        return EntitlementCheckResponse.from(check.check(Callers.of(security), customer, feature));
    }

    @GET
    @Path("/{id}")
    public EntitlementResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return EntitlementResponse.from(find.get(Callers.of(security), EntitlementId.of(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EntitlementResponse update(@Context SecurityContext security, @PathParam("id") String id,
                                      UpdateEntitlementRequest request) {
        return EntitlementResponse.from(manage.update(Callers.of(security), EntitlementId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    /** 200 with FlexPrice's {@code dto.SuccessResponse}. */
    @DELETE
    @Path("/{id}")
    public SuccessResponse delete(@Context SecurityContext security, @PathParam("id") String id) {
        manage.delete(Callers.of(security), EntitlementId.of(id));
        return new SuccessResponse(DELETED_MESSAGE);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListResponse<EntitlementResponse> search(@Context SecurityContext security,
                                                    EntitlementSearchRequest request) {
        var search = (request == null ? EntitlementSearchRequest.ALL : request).toSearch();
        return ListResponse.from(find.search(Callers.of(security), search.filter(), search.page()),
                EntitlementResponse::from);
    }

    /** An extension: the search's filters as query parameters, as {@code GET /v1/plans} has them. */
    @GET
    public ListResponse<EntitlementResponse> list(@Context SecurityContext security,
                                                  @QueryParam("plan_ids") List<String> planIds,
                                                  @QueryParam("entity_type") String entityType,
                                                  @QueryParam("entity_ids") List<String> entityIds,
                                                  @QueryParam("feature_ids") List<String> featureIds,
                                                  @QueryParam("feature_type") String featureType,
                                                  @QueryParam("status") String status,
                                                  @QueryParam("limit") String limit,
                                                  @QueryParam("offset") String offset,
                                                  @QueryParam("order") String order) {
        WireParser wire = new WireParser();
        Integer limitValue = wire.integer(limit, "limit", 1);
        Integer offsetValue = wire.integer(offset, "offset", 0);
        wire.throwIfInvalid();
        return search(security, new EntitlementSearchRequest(WireParser.list(planIds), entityType,
                WireParser.list(entityIds), WireParser.list(featureIds), featureType, null, status, limitValue,
                offsetValue, order));
    }
}
