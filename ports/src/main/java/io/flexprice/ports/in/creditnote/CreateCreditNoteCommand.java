package io.flexprice.ports.in.creditnote;

import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's create credit note request, parsed at the edge.
 *
 * @param creditNoteNumber the client's own number; absent: numbered {@code CN-YYYYMM-00001} when finalized
 * @param processCreditNote finalize it at once
 */
public record CreateCreditNoteCommand(String invoiceId, CreditNoteReason reason, String memo,
                                      List<CreditNote.RequestedLine> lineItems, String creditNoteNumber,
                                      boolean processCreditNote, Map<String, String> metadata) {

    public CreateCreditNoteCommand {
        lineItems = lineItems == null ? null : Collections.unmodifiableList(new ArrayList<>(lineItems));
    }
}
