package io.flexprice.adapters.storage.postgres.creditnote;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteId;
import io.flexprice.domain.creditnote.CreditNoteLineItemId;
import io.flexprice.domain.creditnote.CreditNoteReason;
import io.flexprice.domain.creditnote.CreditNoteStatus;
import io.flexprice.domain.creditnote.CreditNoteType;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceLineItemId;
import io.flexprice.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of {@code credit_notes}: enums by name, the total as NUMERIC, the lines as a JSON array of objects (amounts
 * as decimal strings, metadata as an object).
 */
final class CreditNoteRow extends ScopedRow {

    private static final TypeReference<List<Map<String, Object>>> LINES = new TypeReference<>() { };

    private String invoiceId;
    private String customerId;
    private String subscriptionId;
    private String creditNoteNumber;
    private String creditNoteType;
    private String creditNoteStatus;
    private String reason;
    private String memo;
    private String currency;
    private BigDecimal totalAmount;
    private String lineItems;
    private Instant finalizedAt;
    private Instant voidedAt;
    private String metadata;

    static CreditNoteRow from(CreditNote note) {
        CreditNoteRow row = new CreditNoteRow();
        row.fill(note.id().value(), note.scope(), Status.PUBLISHED, note.audit());
        row.invoiceId = note.invoiceId().value();
        row.customerId = note.customerId().value();
        row.subscriptionId = note.subscriptionId();
        row.creditNoteNumber = note.creditNoteNumber();
        row.creditNoteType = note.creditNoteType().name();
        row.creditNoteStatus = note.creditNoteStatus().name();
        row.reason = note.reason().name();
        row.memo = note.memo();
        row.currency = note.currency().getCurrencyCode();
        row.totalAmount = note.totalAmount().amount();
        row.lineItems = JsonColumns.write(note.lineItems().stream().map(CreditNoteRow::lineColumn).toList());
        row.finalizedAt = note.finalizedAt();
        row.voidedAt = note.voidedAt();
        row.metadata = JsonColumns.write(note.metadata().values());
        return row;
    }

    CreditNote toDomain() {
        Currency unit = Currency.getInstance(currency);
        return new CreditNote(new CreditNoteId(id), scope(), new InvoiceId(invoiceId), new CustomerId(customerId),
                subscriptionId, creditNoteNumber, CreditNoteType.valueOf(creditNoteType),
                CreditNoteStatus.valueOf(creditNoteStatus), CreditNoteReason.valueOf(reason), memo, unit,
                JsonColumns.read(lineItems, LINES).stream().map(column -> line(column, unit)).toList(),
                new Money(totalAmount, unit), finalizedAt, voidedAt, Metadata.of(JsonColumns.readStringMap(metadata)),
                audit());
    }

    private static Map<String, Object> lineColumn(CreditNote.LineItem line) {
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("id", line.id().value());
        column.put("invoice_line_item_id", line.invoiceLineItemId().value());
        column.put("display_name", line.displayName());
        column.put("amount", line.amount().amount().toPlainString());
        column.put("metadata", line.metadata().values());
        return column;
    }

    @SuppressWarnings("unchecked")
    private static CreditNote.LineItem line(Map<String, Object> column, Currency currency) {
        return new CreditNote.LineItem(new CreditNoteLineItemId((String) column.get("id")),
                new InvoiceLineItemId((String) column.get("invoice_line_item_id")), (String) column.get("display_name"),
                new Money(new BigDecimal((String) column.get("amount")), currency),
                Metadata.of((Map<String, String>) column.get("metadata")));
    }
}
