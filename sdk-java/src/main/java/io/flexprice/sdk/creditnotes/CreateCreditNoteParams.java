package io.flexprice.sdk.creditnotes;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateCreditNoteRequest}: amounts per invoice line, in the invoice's currency. A paid
 * invoice gets a REFUND, an unpaid one an ADJUSTMENT; the server decides.
 *
 * @param invoiceId the invoice credited (required)
 * @param reason why (required)
 * @param memo free text
 * @param lineItems the lines credited
 * @param creditNoteNumber a number of yours
 * @param processCreditNote finalize it at once
 * @param metadata your key-value pairs
 */
public record CreateCreditNoteParams(String invoiceId, CreditNoteReason reason, String memo,
                                     List<LineItemParams> lineItems, String creditNoteNumber,
                                     Boolean processCreditNote, Map<String, String> metadata) {

    public CreateCreditNoteParams {
        lineItems = lineItems == null ? null : List.copyOf(lineItems);
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        return new Builder().invoiceId(invoiceId).reason(reason).memo(memo).lineItems(lineItems)
                .creditNoteNumber(creditNoteNumber).processCreditNote(processCreditNote).metadata(metadata);
    }

    /**
     * FlexPrice's {@code dto.CreateCreditNoteLineItemRequest}.
     *
     * @param invoiceLineItemId the invoice line credited (required)
     * @param amount the amount credited (required)
     * @param displayName display name
     * @param metadata your key-value pairs
     */
    public record LineItemParams(String invoiceLineItemId,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String displayName,
                                 Map<String, String> metadata) {

        public LineItemParams {
            metadata = metadata == null ? null : Map.copyOf(metadata);
        }

        /** A line crediting {@code amount} of the invoice line. */
        public static LineItemParams of(String invoiceLineItemId, String amount) {
            return new LineItemParams(invoiceLineItemId, new BigDecimal(amount), null, null);
        }
    }

    /** Builds a {@link CreateCreditNoteParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String invoiceId;
        private CreditNoteReason reason;
        private String memo;
        private List<LineItemParams> lineItems;
        private String creditNoteNumber;
        private Boolean processCreditNote;
        private Map<String, String> metadata;

        private Builder() {
        }

        public Builder invoiceId(String invoiceId) {
            this.invoiceId = invoiceId;
            return this;
        }

        public Builder reason(CreditNoteReason reason) {
            this.reason = reason;
            return this;
        }

        public Builder memo(String memo) {
            this.memo = memo;
            return this;
        }

        public Builder lineItems(List<LineItemParams> lineItems) {
            this.lineItems = lineItems == null ? null : new ArrayList<>(lineItems);
            return this;
        }

        /** Adds one to lineItems. */
        public Builder addLineItem(LineItemParams lineItem) {
            if (this.lineItems == null) {
                this.lineItems = new ArrayList<>();
            }
            this.lineItems.add(lineItem);
            return this;
        }

        public Builder creditNoteNumber(String creditNoteNumber) {
            this.creditNoteNumber = creditNoteNumber;
            return this;
        }

        public Builder processCreditNote(Boolean processCreditNote) {
            this.processCreditNote = processCreditNote;
            return this;
        }

        public Builder metadata(Map<String, String> metadata) {
            this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            return this;
        }

        public CreateCreditNoteParams build() {
            return new CreateCreditNoteParams(invoiceId, reason, memo, lineItems, creditNoteNumber, processCreditNote,
                    metadata);
        }
    }
}
