package io.flexprice.adapters.http.wallet;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.ports.in.wallet.DebitWalletUseCase;
import io.flexprice.ports.in.wallet.FindWalletsQuery;
import io.flexprice.ports.in.wallet.ManageWalletsUseCase;
import io.flexprice.ports.in.wallet.TopUpWalletUseCase;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** FlexPrice's wallet endpoints under {@code /v1/wallets}; every success is a 200, as FlexPrice's SDK expects. */
@Path("/v1/wallets")
@Produces(MediaType.APPLICATION_JSON)
public final class WalletsResource {

    private final ManageWalletsUseCase manage;
    private final FindWalletsQuery find;
    private final TopUpWalletUseCase topUps;
    private final DebitWalletUseCase debits;

    @Inject
    public WalletsResource(ManageWalletsUseCase manage, FindWalletsQuery find, TopUpWalletUseCase topUps,
                           DebitWalletUseCase debits) {
        this.manage = manage;
        this.find = find;
        this.topUps = topUps;
        this.debits = debits;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public WalletResponse create(@Context SecurityContext security, CreateWalletRequest request) {
        return WalletResponse.from(manage.create(Callers.of(security), WireParser.requireBody(request).toCommand()));
    }

    @GET
    @Path("/{id}")
    public WalletResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return WalletResponse.from(find.get(Callers.of(security), WalletId.of(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public WalletResponse update(@Context SecurityContext security, @PathParam("id") String id,
                                 UpdateWalletRequest request) {
        return WalletResponse.from(manage.update(Callers.of(security), WalletId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    /** Closes the wallet, debiting every credit left (WALLET_TERMINATION); the closed wallet. */
    @POST
    @Path("/{id}/terminate")
    public WalletResponse terminate(@Context SecurityContext security, @PathParam("id") String id) {
        return WalletResponse.from(manage.terminate(Callers.of(security), WalletId.of(id)));
    }

    @POST
    @Path("/{id}/top-up")
    @Consumes(MediaType.APPLICATION_JSON)
    public TopUpWalletResponse topUp(@Context SecurityContext security, @PathParam("id") String id,
                                     TopUpWalletRequest request) {
        return TopUpWalletResponse.from(topUps.topUp(Callers.of(security), WalletId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    /** An extension: takes credits from the wallet (see {@link DebitWalletRequest}); the debit's ledger entry. */
    @POST
    @Path("/{id}/debit")
    @Consumes(MediaType.APPLICATION_JSON)
    public WalletTransactionResponse debit(@Context SecurityContext security, @PathParam("id") String id,
                                           DebitWalletRequest request) {
        return WalletTransactionResponse.from(debits.debit(Callers.of(security), WalletId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    /** {@code expand} is accepted and ignored: the credits breakdown is always served. */
    @GET
    @Path("/{id}/balance/real-time")
    public WalletBalanceResponse balance(@Context SecurityContext security, @PathParam("id") String id,
                                         @QueryParam("expand") String expand) {
        return WalletBalanceResponse.from(find.balance(Callers.of(security), WalletId.of(id)));
    }

    @GET
    @Path("/{id}/transactions")
    public ListResponse<WalletTransactionResponse> transactions(
            @Context SecurityContext security, @PathParam("id") String id, @QueryParam("id") String transactionId,
            @QueryParam("type") String type, @QueryParam("transaction_reason") String reason,
            @QueryParam("transaction_status") String transactionStatus,
            @QueryParam("reference_type") String referenceType, @QueryParam("reference_id") String referenceId,
            @QueryParam("start_time") String startTime, @QueryParam("end_time") String endTime,
            @QueryParam("expiry_date_before") String expiryDateBefore,
            @QueryParam("expiry_date_after") String expiryDateAfter,
            @QueryParam("credits_available_gt") String creditsAvailableGt, @QueryParam("priority") String priority,
            @QueryParam("created_by") String createdBy, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("order") String order) {
        WalletTransactionSearchRequest.Search search = WalletTransactionSearchRequest.fromQuery(transactionId, type,
                reason, transactionStatus, referenceType, referenceId, startTime, endTime, expiryDateBefore,
                expiryDateAfter, creditsAvailableGt, priority, createdBy, limit, offset, order);
        return ListResponse.from(find.transactions(Callers.of(security), WalletId.of(id), search.filter(),
                search.page()), WalletTransactionResponse::from);
    }

    @POST
    @Path("/transactions/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListResponse<WalletTransactionResponse> searchTransactions(@Context SecurityContext security,
                                                                      WalletTransactionSearchRequest request) {
        WalletTransactionSearchRequest.Search search =
                (request == null ? WalletTransactionSearchRequest.ALL : request).toSearch();
        return ListResponse.from(find.searchTransactions(Callers.of(security), search.filter(), search.page()),
                WalletTransactionResponse::from);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListResponse<WalletResponse> search(@Context SecurityContext security, WalletSearchRequest request) {
        return searchWith(security, (request == null ? WalletSearchRequest.ALL : request).toSearch());
    }

    /** An extension, as {@code GET /v1/plans}: the filters of {@code POST /v1/wallets/search} as query parameters. */
    @GET
    public ListResponse<WalletResponse> list(@Context SecurityContext security,
                                             @QueryParam("wallet_ids") List<String> walletIds,
                                             @QueryParam("customer_id") String customerId,
                                             @QueryParam("status") String status, @QueryParam("limit") String limit,
                                             @QueryParam("offset") String offset, @QueryParam("order") String order) {
        return searchWith(security, WalletSearchRequest.fromQuery(walletIds, customerId, status, limit, offset,
                order));
    }

    private ListResponse<WalletResponse> searchWith(SecurityContext security, WalletSearchRequest.Search search) {
        return ListResponse.from(find.search(Callers.of(security), search.filter(), search.page()),
                WalletResponse::from);
    }
}
