package io.flexprice.adapters.storage.postgres.creditnote;

import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.creditnote.CreditNoteId;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.creditnote.CreditNoteFilter;
import java.util.List;

/** The SQL is in CreditNoteMapper.xml. */
interface CreditNoteMapper {

    int insert(CreditNoteRow row);

    int update(CreditNoteRow row);

    CreditNoteRow findById(Scope scope, CreditNoteId id);

    List<CreditNoteRow> findByInvoice(Scope scope, InvoiceId invoiceId);

    List<CreditNoteRow> search(Scope scope, CreditNoteFilter filter, PageRequest page);

    long count(Scope scope, CreditNoteFilter filter);
}
