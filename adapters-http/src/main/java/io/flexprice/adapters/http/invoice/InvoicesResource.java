package io.flexprice.adapters.http.invoice;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.SuccessResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.money.Money;
import io.flexprice.ports.in.invoice.FindInvoicesQuery;
import io.flexprice.ports.in.invoice.ManageInvoicesUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * FlexPrice's invoice endpoints under {@code /v1/invoices}. The PDF ({@code GET /v1/invoices/{id}/pdf}) and the
 * communication webhook ({@code POST /v1/invoices/{id}/comms/trigger}) are not served: no resource method takes them,
 * so they answer 501 {@code request.not_implemented} like every FlexPrice operation this server lacks.
 */
@Path("/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
public final class InvoicesResource {

    static final String FINALIZED_MESSAGE = "invoice finalized successfully";
    static final String SKIPPED_MESSAGE = "invoice skipped: it owes nothing for its period";
    static final String VOIDED_MESSAGE = "invoice voided successfully";

    private final ManageInvoicesUseCase manage;
    private final FindInvoicesQuery find;

    @Inject
    public InvoicesResource(ManageInvoicesUseCase manage, FindInvoicesQuery find) {
        this.manage = manage;
        this.find = find;
    }

    /** A one-off invoice; 201. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = InvoiceResponse.class)))
    public Response create(@Context SecurityContext security, CreateInvoiceRequest request) {
        Invoice created = manage.create(Callers.of(security), WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(InvoiceResponse.from(created)).build();
    }

    /** {@code group_by} and {@code expand_by_source} (usage breakdowns) are accepted and ignored. */
    @GET
    @Path("/{id}")
    public InvoiceResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return InvoiceResponse.from(find.get(Callers.of(security), InvoiceId.of(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvoiceResponse update(@Context SecurityContext security, @PathParam("id") String id,
                                  UpdateInvoiceRequest request) {
        return InvoiceResponse.from(manage.update(Callers.of(security), InvoiceId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    public ListResponse<InvoiceResponse> search(@Context SecurityContext security, InvoiceSearchRequest request) {
        return searchWith(security, (request == null ? InvoiceSearchRequest.ALL : request).toSearch());
    }

    @GET
    public ListResponse<InvoiceResponse> list(@Context SecurityContext security,
                                              @QueryParam("invoice_ids") List<String> invoiceIds,
                                              @QueryParam("customer_id") String customerId,
                                              @QueryParam("external_customer_id") String externalCustomerId,
                                              @QueryParam("subscription_id") String subscriptionId,
                                              @QueryParam("invoice_type") String invoiceType,
                                              @QueryParam("invoice_status") List<String> invoiceStatus,
                                              @QueryParam("payment_status") List<String> paymentStatus,
                                              @QueryParam("period_start_gte") String periodStartGte,
                                              @QueryParam("period_start_lte") String periodStartLte,
                                              @QueryParam("period_end_gte") String periodEndGte,
                                              @QueryParam("period_end_lte") String periodEndLte,
                                              @QueryParam("amount_due_gt") String amountDueGt,
                                              @QueryParam("amount_remaining_gt") String amountRemainingGt,
                                              @QueryParam("start_time") String startTime,
                                              @QueryParam("end_time") String endTime,
                                              @QueryParam("limit") String limit,
                                              @QueryParam("offset") String offset,
                                              @QueryParam("order") String order,
                                              @QueryParam("skip_line_items") String skipLineItems) {
        return searchWith(security, InvoiceSearchRequest.fromQuery(invoiceIds, customerId, externalCustomerId,
                subscriptionId, invoiceType, invoiceStatus, paymentStatus, periodStartGte, periodStartLte,
                periodEndGte, periodEndLte, amountDueGt, amountRemainingGt, startTime, endTime, limit, offset,
                order, skipLineItems));
    }

    /** What the subscription's invoice would be now, not stored. */
    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvoiceResponse preview(@Context SecurityContext security, PreviewInvoiceRequest request) {
        PreviewInvoiceRequest.Preview preview = WireParser.requireBody(request).toPreview();
        return InvoiceResponse.from(find.preview(Callers.of(security), preview.subscriptionId(), preview.period()));
    }

    /** 200 with FlexPrice's {@code dto.SuccessResponse}. */
    @POST
    @Path("/{id}/finalize")
    public SuccessResponse finalizeInvoice(@Context SecurityContext security, @PathParam("id") String id) {
        Invoice closed = manage.finalize(Callers.of(security), InvoiceId.of(id));
        return new SuccessResponse(closed.invoiceStatus() == InvoiceStatus.SKIPPED ? SKIPPED_MESSAGE
                : FINALIZED_MESSAGE);
    }

    /** 200 with FlexPrice's {@code dto.SuccessResponse}; the body ({@code metadata}) is optional. */
    @POST
    @Path("/{id}/void")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VoidInvoiceRequest.class)))
    public SuccessResponse voidInvoice(@Context SecurityContext security, @PathParam("id") String id,
                                       String body) {
        VoidInvoiceRequest request = VoidInvoiceRequest.parse(body);
        manage.voidInvoice(Callers.of(security), InvoiceId.of(id),
                request == null ? null : Metadata.of(request.metadata()));
        return new SuccessResponse(VOIDED_MESSAGE);
    }

    @PUT
    @Path("/{id}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    public InvoiceResponse updatePaymentStatus(@Context SecurityContext security, @PathParam("id") String id,
                                               UpdatePaymentStatusRequest request) {
        return InvoiceResponse.from(manage.updatePaymentStatus(Callers.of(security), InvoiceId.of(id),
                WireParser.requireBody(request).toCommand()));
    }

    /** Pays what remains from the customer's wallets; the message says how much was paid, or that nothing was. */
    @POST
    @Path("/{id}/payment/attempt")
    public SuccessResponse attemptPayment(@Context SecurityContext security, @PathParam("id") String id) {
        Money paid = manage.attemptPayment(Callers.of(security), InvoiceId.of(id));
        return new SuccessResponse(paid.isZero() ? "no prepaid credits are available: nothing was paid"
                : "paid " + Amounts.format(paid) + " from prepaid credits");
    }

    /** {@code finalize} defaults to true, as in FlexPrice. */
    @POST
    @Path("/{id}/recalculate")
    public InvoiceResponse recalculate(@Context SecurityContext security, @PathParam("id") String id,
                                       @QueryParam("finalize") String finalize) {
        WireParser wire = new WireParser();
        boolean finalizing = !Boolean.FALSE.equals(wire.bool(finalize, "finalize"));
        wire.throwIfInvalid();
        return InvoiceResponse.from(manage.recalculate(Callers.of(security), InvoiceId.of(id), finalizing));
    }

    private ListResponse<InvoiceResponse> searchWith(SecurityContext security, InvoiceSearchRequest.Search search) {
        Caller caller = Callers.of(security);
        return ListResponse.from(search.externalCustomerId() == null
                ? find.search(caller, search.filter(), search.page())
                : find.searchByExternalCustomerId(caller, search.externalCustomerId(), search.filter(), search.page()),
                invoice -> InvoiceResponse.from(invoice, !search.skipLineItems()));
    }
}
