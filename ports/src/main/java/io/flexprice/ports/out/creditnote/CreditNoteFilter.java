package io.flexprice.ports.out.creditnote;

import io.flexprice.domain.creditnote.CreditNoteStatus;
import io.flexprice.domain.creditnote.CreditNoteType;
import java.util.List;

/** Narrows a credit note search; empty lists and nulls do not narrow. */
public record CreditNoteFilter(List<String> creditNoteIds, List<String> invoiceIds,
                               List<CreditNoteStatus> creditNoteStatuses, CreditNoteType creditNoteType) {

    public static final CreditNoteFilter ALL = new CreditNoteFilter(null, null, null, null);

    public CreditNoteFilter {
        creditNoteIds = creditNoteIds == null ? List.of() : List.copyOf(creditNoteIds);
        invoiceIds = invoiceIds == null ? List.of() : List.copyOf(invoiceIds);
        creditNoteStatuses = creditNoteStatuses == null ? List.of() : List.copyOf(creditNoteStatuses);
    }
}
