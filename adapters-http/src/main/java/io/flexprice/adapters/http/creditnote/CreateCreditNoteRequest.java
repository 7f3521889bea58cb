package io.flexprice.adapters.http.creditnote;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.adapters.http.invoice.Amounts;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteReason;
import io.flexprice.ports.in.creditnote.CreateCreditNoteCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateCreditNoteRequest}: amounts per invoice line, in the invoice's currency.
 * {@code idempotency_key} is not used (use the {@code Idempotency-Key} header).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateCreditNoteRequest(String invoiceId, String reason, String memo, List<LineItem> lineItems,
                                      String creditNoteNumber, Boolean processCreditNote,
                                      Map<String, String> metadata) {

    public CreateCreditNoteCommand toCommand() {
        WireParser wire = new WireParser();
        if (invoiceId == null || invoiceId.isBlank()) {
            wire.add("invoice_id", "is required");
        }
        if (reason == null || reason.isBlank()) {
            wire.add("reason", "is required");
        }
        CreditNoteReason why = Amounts.optional(wire, "", reason, () -> CreditNoteReason.fromWire(reason, "reason"));
        List<CreditNote.RequestedLine> lines = new ArrayList<>();
        for (int i = 0; lineItems != null && i < lineItems.size(); i++) {
            LineItem line = lineItems.get(i);
            String at = "line_items[" + i + "].";
            lines.add(line == null ? null : new CreditNote.RequestedLine(line.invoiceLineItemId(), line.displayName(),
                    Amounts.parse(wire, line.amount(), at + "amount"), Metadata.of(line.metadata())));
        }
        wire.throwIfInvalid();
        return new CreateCreditNoteCommand(invoiceId, why, memo, lines, creditNoteNumber,
                processCreditNote != null && processCreditNote, metadata);
    }

    /** FlexPrice's {@code dto.CreateCreditNoteLineItemRequest}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record LineItem(String invoiceLineItemId, String amount, String displayName,
                           Map<String, String> metadata) {
    }
}
