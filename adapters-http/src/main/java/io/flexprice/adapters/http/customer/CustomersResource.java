package io.flexprice.adapters.http.customer;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.customer.FindCustomersQuery;
import io.flexprice.ports.in.customer.ManageCustomersUseCase;
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

/** FlexPrice's customer endpoints under {@code /v1/customers}. */
@Path("/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomersResource {

    private final ManageCustomersUseCase manage;
    private final FindCustomersQuery find;

    @Inject
    public CustomersResource(ManageCustomersUseCase manage, FindCustomersQuery find) {
        this.manage = manage;
        this.find = find;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CustomerResponse.class)))
    public Response create(@Context SecurityContext security, CreateCustomerRequest request) {
        var created = manage.create(Callers.of(security), WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(CustomerResponse.from(created)).build();
    }

    @GET
    @Path("/{id}")
    public CustomerResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return CustomerResponse.from(find.get(Callers.of(security), CustomerRef.byId(id)));
    }

    @GET
    @Path("/external/{external_id}")
    public CustomerResponse getByExternalId(@Context SecurityContext security,
                                            @PathParam("external_id") String externalId) {
        return CustomerResponse.from(find.get(Callers.of(security), CustomerRef.byExternalId(externalId)));
    }

    /** FlexPrice's form: the customer is named by the {@code id} or {@code external_customer_id} query parameter. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CustomerResponse update(@Context SecurityContext security, @QueryParam("id") String id,
                                   @QueryParam("external_customer_id") String externalCustomerId,
                                   UpdateCustomerRequest request) {
        CustomerRef customer = new CustomerRef(id, externalCustomerId);
        return CustomerResponse.from(manage.update(Callers.of(security), customer,
                WireParser.requireBody(request).toCommand()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CustomerResponse updateById(@Context SecurityContext security, @PathParam("id") String id,
                                       UpdateCustomerRequest request) {
        return CustomerResponse.from(manage.update(Callers.of(security), CustomerRef.byId(id),
                WireParser.requireBody(request).toCommand()));
    }

    @DELETE
    @Path("/{id}")
    @ApiResponse(responseCode = "204", description = "Deleted")
    public Response delete(@Context SecurityContext security, @PathParam("id") String id) {
        manage.delete(Callers.of(security), CustomerId.of(id));
        return Response.noContent().build();
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListResponse<CustomerResponse> search(@Context SecurityContext security, CustomerSearchRequest request) {
        return searchWith(security, (request == null ? CustomerSearchRequest.ALL : request).toSearch());
    }

    @GET
    public ListResponse<CustomerResponse> list(@Context SecurityContext security,
                                               @QueryParam("customer_ids") List<String> customerIds,
                                               @QueryParam("external_id") String externalId,
                                               @QueryParam("external_ids") List<String> externalIds,
                                               @QueryParam("email") String email,
                                               @QueryParam("status") String status,
                                               @QueryParam("limit") String limit,
                                               @QueryParam("offset") String offset,
                                               @QueryParam("order") String order) {
        return searchWith(security, CustomerSearchRequest.fromQuery(customerIds, externalId, externalIds, email,
                status, limit, offset, order));
    }

    private ListResponse<CustomerResponse> searchWith(SecurityContext security, CustomerSearchRequest.Search search) {
        return ListResponse.from(find.search(Callers.of(security), search.filter(), search.page()),
                CustomerResponse::from);
    }
}
