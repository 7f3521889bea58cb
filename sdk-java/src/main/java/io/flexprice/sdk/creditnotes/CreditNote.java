package io.flexprice.sdk.creditnotes;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreditNoteResponse}.
 *
 * @param id the credit note's id
 * @param creditNoteNumber its number, given at finalization
 * @param creditNoteStatus draft, finalized or voided
 * @param creditNoteType adjustment or refund
 * @param reason why it is issued
 * @param memo free text
 * @param currency ISO 4217 code in lower case
 * @param invoiceId the invoice credited
 * @param customerId the invoice's customer
 * @param subscriptionId the invoice's subscription, if any
 * @param totalAmount the lines summed
 * @param lineItems the lines
 * @param finalizedAt when it was finalized
 * @param voidedAt when it was voided
 * @param metadata your key-value pairs
 * @param status published
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record CreditNote(String id, String creditNoteNumber, CreditNoteStatus creditNoteStatus,
                         CreditNoteType creditNoteType, CreditNoteReason reason, String memo, String currency,
                         String invoiceId, String customerId, String subscriptionId,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalAmount,
                         List<LineItem> lineItems, Instant finalizedAt, Instant voidedAt,
                         Map<String, String> metadata, String status, Instant createdAt, Instant updatedAt) {

    public CreditNote {
        lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /**
     * FlexPrice's {@code creditnote.CreditNoteLineItem}.
     *
     * @param id the line's id
     * @param creditNoteId its credit note
     * @param invoiceLineItemId the invoice line credited
     * @param displayName display name
     * @param amount the amount credited
     * @param currency ISO 4217 code in lower case
     * @param metadata your key-value pairs
     */
    public record LineItem(String id, String creditNoteId, String invoiceLineItemId, String displayName,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency,
                           Map<String, String> metadata) {

        public LineItem {
            metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        }
    }
}
