package io.flexprice.ports.in.creditnote;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteId;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.creditnote.CreditNoteFilter;

public interface FindCreditNotesQuery {

    /**
     * @throws io.flexprice.domain.common.NotFoundException if the scope has no credit note with this id
     */
    CreditNote get(Caller caller, CreditNoteId id);

    Page<CreditNote> search(Caller caller, CreditNoteFilter filter, PageRequest page);
}
