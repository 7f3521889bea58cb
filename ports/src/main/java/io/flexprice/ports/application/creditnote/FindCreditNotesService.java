package io.flexprice.ports.application.creditnote;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteId;
import io.flexprice.ports.in.creditnote.FindCreditNotesQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.creditnote.CreditNoteFilter;
import io.flexprice.ports.out.creditnote.CreditNoteRepository;

public final class FindCreditNotesService implements FindCreditNotesQuery {

    private final CreditNoteRepository creditNotes;

    public FindCreditNotesService(CreditNoteRepository creditNotes) {
        this.creditNotes = creditNotes;
    }

    @Override
    public CreditNote get(Caller caller, CreditNoteId id) {
        return ManageCreditNotesService.found(creditNotes, caller.scope(), id);
    }

    @Override
    public Page<CreditNote> search(Caller caller, CreditNoteFilter filter, PageRequest page) {
        return creditNotes.search(caller.scope(), filter, page);
    }
}
