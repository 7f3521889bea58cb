package io.flexprice.adapters.http.creditnote;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteId;
import io.flexprice.domain.creditnote.CreditNoteStatus;
import io.flexprice.domain.creditnote.CreditNoteType;
import io.flexprice.ports.in.creditnote.FindCreditNotesQuery;
import io.flexprice.ports.in.creditnote.ManageCreditNotesUseCase;
import io.flexprice.ports.out.creditnote.CreditNoteFilter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's credit note endpoints under {@code /v1/creditnotes}; "process" is {@code POST /{id}/finalize}. The
 * list ({@code GET /v1/creditnotes}) is FlexPrice's server's, not in its SDK.
 */
@Path("/v1/creditnotes")
@Produces(MediaType.APPLICATION_JSON)
public final class CreditNotesResource {

    private final ManageCreditNotesUseCase manage;
    private final FindCreditNotesQuery find;

    @Inject
    public CreditNotesResource(ManageCreditNotesUseCase manage, FindCreditNotesQuery find) {
        this.manage = manage;
        this.find = find;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CreditNoteResponse.class)))
    public Response create(@Context SecurityContext security, CreateCreditNoteRequest request) {
        CreditNote created = manage.create(Callers.of(security), WireParser.requireBody(request).toCommand());
        return Response.status(Response.Status.CREATED).entity(CreditNoteResponse.from(created)).build();
    }

    @GET
    @Path("/{id}")
    public CreditNoteResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return CreditNoteResponse.from(find.get(Callers.of(security), CreditNoteId.of(id)));
    }

    @POST
    @Path("/{id}/finalize")
    public CreditNoteResponse finalizeCreditNote(@Context SecurityContext security, @PathParam("id") String id) {
        return CreditNoteResponse.from(manage.finalize(Callers.of(security), CreditNoteId.of(id)));
    }

    @POST
    @Path("/{id}/void")
    public CreditNoteResponse voidCreditNote(@Context SecurityContext security, @PathParam("id") String id) {
        return CreditNoteResponse.from(manage.voidCreditNote(Callers.of(security), CreditNoteId.of(id)));
    }

    /** {@code credit_note_ids}, {@code invoice_id}, {@code credit_note_status} (a list), {@code credit_note_type}. */
    @GET
    public ListResponse<CreditNoteResponse> list(@Context SecurityContext security,
                                                 @QueryParam("credit_note_ids") List<String> creditNoteIds,
                                                 @QueryParam("invoice_id") String invoiceId,
                                                 @QueryParam("credit_note_status") List<String> statuses,
                                                 @QueryParam("credit_note_type") String type,
                                                 @QueryParam("limit") String limit,
                                                 @QueryParam("offset") String offset,
                                                 @QueryParam("order") String order) {
        WireParser wire = new WireParser();
        List<CreditNoteStatus> statusFilter = new ArrayList<>();
        for (String status : WireParser.list(statuses)) {
            statusFilter.add(wire.parse(() -> CreditNoteStatus.fromWire(status, "credit_note_status")));
        }
        CreditNoteType typeFilter = type == null || type.isBlank() ? null
                : wire.parse(() -> CreditNoteType.fromWire(type, "credit_note_type"));
        PageRequest page = wire.page(limit, offset, order);
        wire.throwIfInvalid();
        CreditNoteFilter filter = new CreditNoteFilter(WireParser.list(creditNoteIds),
                invoiceId == null || invoiceId.isBlank() ? List.of() : List.of(invoiceId), statusFilter, typeFilter);
        return ListResponse.from(find.search(Callers.of(security), filter, page), CreditNoteResponse::from);
    }
}
