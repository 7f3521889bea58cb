package io.flexprice.adapters.storage.postgres.creditnote;

import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
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

/** Credit notes, their lines in a JSONB column. A credit note's invoice is a stored invoice of the same scope. */
public final class PostgresCreditNoteRepository implements CreditNoteRepository {

    private final CreditNoteMapper mapper;

    @Inject
    public PostgresCreditNoteRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(CreditNoteMapper.class);
    }

    @Override
    public void insert(CreditNote creditNote) {
        mapper.insert(CreditNoteRow.from(creditNote));
    }

    /**
     * @throws IllegalStateException if the credit note is not stored in its scope
     */
    @Override
    public void update(CreditNote creditNote) {
        PostgresErrors.requireOneUpdated(mapper.update(CreditNoteRow.from(creditNote)), creditNote.id());
    }

    @Override
    public Optional<CreditNote> findById(Scope scope, CreditNoteId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(CreditNoteRow::toDomain);
    }

    @Override
    public List<CreditNote> findByInvoice(Scope scope, InvoiceId invoiceId) {
        return mapper.findByInvoice(scope, invoiceId).stream().map(CreditNoteRow::toDomain).toList();
    }

    @Override
    public Page<CreditNote> search(Scope scope, CreditNoteFilter filter, PageRequest page) {
        return new Page<>(mapper.search(scope, filter, page).stream().map(CreditNoteRow::toDomain).toList(),
                mapper.count(scope, filter), page.limit(), page.offset());
    }
}
