package io.flexprice.ports.in.creditnote;

import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteId;
import io.flexprice.ports.in.tenancy.Caller;

/**
 * Credit notes on FINALIZED invoices (FlexPrice's {@code /v1/creditnotes}). Every change happens under the invoice's
 * lock, so concurrent credit notes never together credit more than what is creditable.
 */
public interface ManageCreditNotesUseCase {

    /** A DRAFT credit note (FINALIZED at once with {@code processCreditNote}). */
    CreditNote create(Caller caller, CreateCreditNoteCommand command);

    /** DRAFT to FINALIZED: numbered, and applied to the invoice (an adjustment or a refund). */
    CreditNote finalize(Caller caller, CreditNoteId id);

    /** VOIDED: a DRAFT, or a finalized ADJUSTMENT whose amount is due again. */
    CreditNote voidCreditNote(Caller caller, CreditNoteId id);
}
