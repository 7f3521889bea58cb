package io.flexprice.ports.testing;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteId;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.creditnote.CreditNoteFilter;
import io.flexprice.ports.out.creditnote.CreditNoteRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Credit notes in a map. */
public final class FakeCreditNoteRepository implements CreditNoteRepository {

    private final Map<List<Object>, CreditNote> notes = new LinkedHashMap<>();

    @Override
    public void insert(CreditNote note) {
        if (notes.putIfAbsent(key(note.scope(), note.id()), note) != null) {
            throw new IllegalStateException("credit note " + note.id() + " is already stored");
        }
    }

    @Override
    public void update(CreditNote note) {
        if (notes.replace(key(note.scope(), note.id()), note) == null) {
            throw new IllegalStateException("credit note " + note.id() + " is not stored");
        }
    }

    @Override
    public Optional<CreditNote> findById(Scope scope, CreditNoteId id) {
        return Optional.ofNullable(notes.get(key(scope, id)));
    }

    @Override
    public List<CreditNote> findByInvoice(Scope scope, InvoiceId invoiceId) {
        return notes.values().stream().filter(n -> n.scope().equals(scope) && n.invoiceId().equals(invoiceId))
                .toList();
    }

    @Override
    public Page<CreditNote> search(Scope scope, CreditNoteFilter filter, PageRequest page) {
        return Pages.of(notes.values().stream()
                .filter(n -> n.scope().equals(scope))
                .filter(n -> Pages.matchesAny(filter.creditNoteIds(), n.id().value()))
                .filter(n -> Pages.matchesAny(filter.invoiceIds(), n.invoiceId().value()))
                .filter(n -> Pages.matchesAny(filter.creditNoteStatuses(), n.creditNoteStatus()))
                .filter(n -> filter.creditNoteType() == null || filter.creditNoteType() == n.creditNoteType())
                .toList(), page);
    }

    public List<CreditNote> all() {
        return List.copyOf(notes.values());
    }

    private static List<Object> key(Scope scope, CreditNoteId id) {
        return List.of(scope, id);
    }
}
