package io.flexprice.ports.out.creditnote;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteId;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.tenancy.Scope;
import java.util.List;
import java.util.Optional;

/**
 * Credit notes with their lines. The invoice a credit note is for is stored first; credit notes of an invoice are
 * created and changed in the unit of work that holds the invoice's lock ({@code InvoiceRepository.lockById}), which
 * is what keeps concurrent credit notes from together exceeding what is creditable.
 */
public interface CreditNoteRepository {

    void insert(CreditNote creditNote);

    /** Replaces a stored credit note. */
    void update(CreditNote creditNote);

    Optional<CreditNote> findById(Scope scope, CreditNoteId id);

    /** Every credit note of the invoice, whatever its status, oldest first. */
    List<CreditNote> findByInvoice(Scope scope, InvoiceId invoiceId);

    /** Matching credit notes by creation time (then id) in the order the page asks. */
    Page<CreditNote> search(Scope scope, CreditNoteFilter filter, PageRequest page);
}
