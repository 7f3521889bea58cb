package io.flexprice.sdk.creditnotes;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.Objects;

/** Credit notes: {@code /v1/creditnotes}. Get it from {@code FlexpriceClient.creditNotes()}. */
public final class CreditNotesService {

    private static final TypeReference<ListEnvelope<CreditNote>> LIST = new TypeReference<>() {
    };

    private final ApiClient api;

    public CreditNotesService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** A draft credit note, or a finalized one with {@code processCreditNote(true)}. */
    public CreditNote create(CreateCreditNoteParams params) {
        return create(params, RequestOptions.NONE);
    }

    public CreditNote create(CreateCreditNoteParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/creditnotes", params), CreditNote.class, options);
    }

    public CreditNote get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/creditnotes/{}", id)), CreditNote.class,
                RequestOptions.NONE);
    }

    /** FlexPrice's "process": {@code POST /v1/creditnotes/{id}/finalize}. */
    public CreditNote finalizeCreditNote(String id) {
        return finalizeCreditNote(id, RequestOptions.NONE);
    }

    public CreditNote finalizeCreditNote(String id, RequestOptions options) {
        return api.send(ApiRequest.post(ApiRequest.path("/creditnotes/{}/finalize", id), null), CreditNote.class,
                options);
    }

    public CreditNote voidCreditNote(String id) {
        return voidCreditNote(id, RequestOptions.NONE);
    }

    public CreditNote voidCreditNote(String id, RequestOptions options) {
        return api.send(ApiRequest.post(ApiRequest.path("/creditnotes/{}/void", id), null), CreditNote.class,
                options);
    }

    public Page<CreditNote> list() {
        return list(CreditNoteListParams.builder().build());
    }

    /** {@code GET /v1/creditnotes} with the filters as query parameters. */
    public Page<CreditNote> list(CreditNoteListParams params) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.get("/creditnotes")
                .withQuery("credit_note_ids", params.creditNoteIds())
                .withQuery("invoice_id", params.invoiceId())
                .withQuery("credit_note_status", params.creditNoteStatus())
                .withQuery("credit_note_type", params.creditNoteType())
                .withQuery("limit", params.limit())
                .withQuery("offset", params.offset())
                .withQuery("order", params.order());
        ListEnvelope<CreditNote> envelope = api.send(request, LIST, RequestOptions.NONE);
        return Page.of(envelope, offset -> list(params.withOffset(offset)));
    }
}
