package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteId;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.creditnote.CreditNoteFilter;
import io.flexprice.ports.out.creditnote.CreditNoteRepository;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Credit notes in memory, per scope. */
public final class InMemoryCreditNoteRepository implements CreditNoteRepository {

    private final Partitions<Scope, CreditNoteId, CreditNote> notes = new Partitions<>();

    @Inject
    public InMemoryCreditNoteRepository() {
    }

    @Override
    public void insert(CreditNote creditNote) {
        notes.insert(creditNote.scope(), creditNote.id(), creditNote);
    }

    @Override
    public void update(CreditNote creditNote) {
        notes.replace(creditNote.scope(), creditNote.id(), creditNote);
    }

    @Override
    public Optional<CreditNote> findById(Scope scope, CreditNoteId id) {
        return notes.find(scope, id);
    }

    @Override
    public List<CreditNote> findByInvoice(Scope scope, InvoiceId invoiceId) {
        return notes.all(scope).stream().filter(note -> note.invoiceId().equals(invoiceId))
                .sorted(Listings.creationOrder(PageRequest.SortOrder.ASC, (CreditNote n) -> n.audit().createdAt(),
                        n -> n.id().value()))
                .toList();
    }

    @Override
    public Page<CreditNote> search(Scope scope, CreditNoteFilter filter, PageRequest page) {
        return Listings.page(notes.all(scope).stream().filter(note -> matches(filter, note)),
                Listings.creationOrder(page.order(), n -> n.audit().createdAt(), n -> n.id().value()), page);
    }

    private static boolean matches(CreditNoteFilter filter, CreditNote note) {
        return Listings.matchesAny(filter.creditNoteIds(), note.id().value())
                && Listings.matchesAny(filter.invoiceIds(), note.invoiceId().value())
                && Listings.matchesAny(filter.creditNoteStatuses(), note.creditNoteStatus())
                && Listings.matches(filter.creditNoteType(), note.creditNoteType());
    }
}
