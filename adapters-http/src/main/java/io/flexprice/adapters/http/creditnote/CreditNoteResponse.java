package io.flexprice.adapters.http.creditnote;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.invoice.Amounts;
import io.flexprice.domain.creditnote.CreditNote;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** FlexPrice's {@code dto.CreditNoteResponse}; {@code invoice}, {@code customer} and {@code subscription} not sent. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreditNoteResponse(String id, String creditNoteNumber, String creditNoteStatus, String creditNoteType,
                                 String reason, String memo, String currency, String invoiceId, String customerId,
                                 String subscriptionId, String totalAmount, List<LineItem> lineItems,
                                 Instant finalizedAt, Instant voidedAt, Map<String, String> metadata, String status,
                                 String tenantId, String environmentId, Instant createdAt, String createdBy,
                                 Instant updatedAt, String updatedBy) {

    public static CreditNoteResponse from(CreditNote note) {
        return new CreditNoteResponse(note.id().value(), note.creditNoteNumber(), note.creditNoteStatus().name(),
                note.creditNoteType().name(), note.reason().name(), note.memo(), Amounts.currency(note.currency()),
                note.invoiceId().value(), note.customerId().value(), note.subscriptionId(),
                Amounts.format(note.totalAmount()),
                note.lineItems().stream().map(line -> LineItem.from(note, line)).toList(), note.finalizedAt(),
                note.voidedAt(), note.metadata().values(), "published", note.scope().tenantId().value(),
                note.scope().environmentId().value(), note.audit().createdAt(), note.audit().createdBy(),
                note.audit().updatedAt(), note.audit().updatedBy());
    }

    /** FlexPrice's {@code creditnote.CreditNoteLineItem}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record LineItem(String id, String creditNoteId, String invoiceLineItemId, String displayName,
                           String amount, String currency, Map<String, String> metadata, String status,
                           String tenantId, String environmentId, Instant createdAt, String createdBy) {

        static LineItem from(CreditNote note, CreditNote.LineItem line) {
            return new LineItem(line.id().value(), note.id().value(), line.invoiceLineItemId().value(),
                    line.displayName(), Amounts.format(line.amount()), Amounts.currency(note.currency()),
                    line.metadata().values(), "published", note.scope().tenantId().value(),
                    note.scope().environmentId().value(), note.audit().createdAt(), note.audit().createdBy());
        }
    }
}
