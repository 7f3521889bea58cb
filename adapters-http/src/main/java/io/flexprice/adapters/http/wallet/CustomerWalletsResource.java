package io.flexprice.adapters.http.wallet;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.wallet.FindWalletsQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/** FlexPrice's {@code GET /v1/customers/{id}/wallets}: the customer's wallets, every status, oldest first. */
@Path("/v1/customers/{id}/wallets")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerWalletsResource {

    private final FindWalletsQuery find;

    @Inject
    public CustomerWalletsResource(FindWalletsQuery find) {
        this.find = find;
    }

    @GET
    public List<WalletResponse> list(@Context SecurityContext security, @PathParam("id") String id) {
        return find.forCustomer(Callers.of(security), CustomerRef.byId(id)).stream().map(WalletResponse::from)
                .toList();
    }
}
