package io.flexprice.adapters.http.payment;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.SuccessResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.payment.Payment;
import io.flexprice.domain.payment.PaymentId;
import io.flexprice.domain.payment.PaymentMethodType;
import io.flexprice.ports.in.payment.FindPaymentsQuery;
import io.flexprice.ports.in.payment.ManagePaymentsUseCase;
import io.flexprice.ports.out.payment.PaymentFilter;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** FlexPrice's payment endpoints under {@code /v1/payments}: payments recorded against invoices. */
@Path("/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
public final class PaymentsResource {

    static final String DELETED_MESSAGE = "payment deleted successfully";

    private final ManagePaymentsUseCase manage;
    private final FindPaymentsQuery find;

    @Inject
    public PaymentsResource(ManagePaymentsUseCase manage, FindPaymentsQuery find) {
        this.manage = manage;
        this.find = find;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PaymentResponse.class)))
    public Response create(@Context SecurityContext security, CreatePaymentRequest request) {
        Payment created = manage.create(Callers.of(security), WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(PaymentResponse.from(created)).build();
    }

    @GET
    @Path("/{id}")
    public PaymentResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return PaymentResponse.from(find.get(Callers.of(security), PaymentId.of(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PaymentResponse update(@Context SecurityContext security, @PathParam("id") String id,
                                  UpdatePaymentRequest request) {
        return PaymentResponse.from(manage.update(Callers.of(security), PaymentId.of(id),
                WireParser.requireBody(request).toMetadata()));
    }

    /** 200 with FlexPrice's {@code dto.SuccessResponse}; only a payment that never succeeded is deleted. */
    @DELETE
    @Path("/{id}")
    public SuccessResponse delete(@Context SecurityContext security, @PathParam("id") String id) {
        manage.delete(Callers.of(security), PaymentId.of(id));
        return new SuccessResponse(DELETED_MESSAGE);
    }

    @POST
    @Path("/{id}/process")
    public PaymentResponse process(@Context SecurityContext security, @PathParam("id") String id) {
        return PaymentResponse.from(manage.process(Callers.of(security), PaymentId.of(id)));
    }

    /**
     * {@code payment_ids}, {@code destination_id} (an invoice), {@code destination_type} (INVOICE, the only one),
     * {@code payment_method_type}, {@code payment_status}, {@code status}, {@code currency}, {@code start_time}
     * (created at or after) and {@code end_time} (created before), paging; the gateway filters, {@code expand} and
     * {@code sort} are accepted and ignored (no payment here goes through a gateway).
     */
    @GET
    public ListResponse<PaymentResponse> list(@Context SecurityContext security,
                                              @QueryParam("payment_ids") List<String> paymentIds,
                                              @QueryParam("destination_id") String destinationId,
                                              @QueryParam("destination_type") String destinationType,
                                              @QueryParam("payment_method_type") String paymentMethodType,
                                              @QueryParam("payment_status") String paymentStatus,
                                              @QueryParam("status") String status,
                                              @QueryParam("currency") String currency,
                                              @QueryParam("start_time") String startTime,
                                              @QueryParam("end_time") String endTime,
                                              @QueryParam("limit") String limit,
                                              @QueryParam("offset") String offset,
                                              @QueryParam("order") String order) {
        WireParser wire = new WireParser();
        if (destinationType != null && !destinationType.isBlank()
                && !"INVOICE".equalsIgnoreCase(destinationType.trim())) {
            wire.add("destination_type", "must be INVOICE");
        }
        Currency unit = currency == null || currency.isBlank() ? null
                : wire.parse(() -> Money.parseCurrency(currency, "currency"));
        Instant from = wire.instant(startTime, "start_time");
        Instant before = wire.instant(endTime, "end_time");
        List<PaymentMethodType> methods = new ArrayList<>();
        for (String method : WireParser.list(paymentMethodType == null ? null : List.of(paymentMethodType))) {
            methods.add(wire.parse(() -> PaymentMethodType.fromWire(method, "payment_method_type")));
        }
        List<PaymentStatus> statuses = new ArrayList<>();
        for (String value : WireParser.list(paymentStatus == null ? null : List.of(paymentStatus))) {
            statuses.add(wire.parse(() -> PaymentStatus.fromWire(value, "payment_status")));
        }
        Status statusFilter = wire.status(status);
        PageRequest page = wire.page(limit, offset, order);
        wire.throwIfInvalid();
        PaymentFilter filter = new PaymentFilter(WireParser.list(paymentIds),
                destinationId == null || destinationId.isBlank() ? List.of() : List.of(destinationId), methods,
                statuses, statusFilter, unit, from, before);
        return ListResponse.from(find.search(Callers.of(security), filter, page), PaymentResponse::from);
    }
}
