package io.flexprice.adapters.http.invoice;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.ports.in.invoice.FindInvoicesQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** FlexPrice's {@code GET /v1/customers/{id}/invoices/summary}. */
@Path("/v1/customers/{id}/invoices")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerInvoicesResource {

    private final FindInvoicesQuery find;

    @Inject
    public CustomerInvoicesResource(FindInvoicesQuery find) {
        this.find = find;
    }

    @GET
    @Path("/summary")
    public CustomerInvoiceSummaryResponse summary(@Context SecurityContext security, @PathParam("id") String id) {
        return CustomerInvoiceSummaryResponse.from(find.customerSummary(Callers.of(security), CustomerId.of(id)));
    }
}
