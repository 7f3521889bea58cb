package io.flexprice.adapters.http.wallet;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.FindWalletsQuery;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * FlexPrice's {@code GET /v1/customers/wallets}: the wallets of the customer named by {@code id} or by
 * {@code lookup_key} (its external id); with {@code include_real_time_balance=true}, each with its real-time
 * balance. {@code expand} and {@code from_cache} are accepted and ignored.
 */
@Path("/v1/customers/wallets")
@Produces(MediaType.APPLICATION_JSON)
public final class CustomerWalletsLookupResource {

    private final FindWalletsQuery find;

    @Inject
    public CustomerWalletsLookupResource(FindWalletsQuery find) {
        this.find = find;
    }

    @GET
    @ApiResponse(responseCode = "200", description = "The wallets, or their balances with include_real_time_balance",
            content = @Content(array = @ArraySchema(
                    schema = @Schema(type = "object", oneOf = {WalletResponse.class, WalletBalanceResponse.class}))))
    public Response list(@Context SecurityContext security, @QueryParam("id") String id,
                         @QueryParam("lookup_key") String lookupKey,
                         @QueryParam("include_real_time_balance") String includeRealTimeBalance) {
        WireParser wire = new WireParser();
        CustomerRef customer = wire.parse(f -> "id", () -> new CustomerRef(id, lookupKey));
        boolean realTime = Boolean.TRUE.equals(wire.bool(includeRealTimeBalance, "include_real_time_balance"));
        wire.throwIfInvalid();
        Caller caller = Callers.of(security);
        // two shapes, as FlexPrice answers: balances with the real-time part, or the wallets themselves
        List<?> wallets = realTime
                ? find.balancesForCustomer(caller, customer).stream().map(WalletBalanceResponse::from).toList()
                : find.forCustomer(caller, customer).stream().map(WalletResponse::from).toList();
        return Response.ok(wallets).build();
    }
}
