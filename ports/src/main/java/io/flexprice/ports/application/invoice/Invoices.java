package io.flexprice.ports.application.invoice;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceLineItemId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import java.util.List;
import java.util.stream.IntStream;

/** Lookups and ids shared by the services that act on invoices. */
public final class Invoices {

    private Invoices() {
    }

    public static Invoice found(InvoiceRepository invoices, Scope scope, InvoiceId id) {
        return invoices.findById(scope, id).orElseThrow(() -> notFound(id));
    }

    /** The invoice, locked until the unit of work ends. */
    public static Invoice locked(InvoiceRepository invoices, Scope scope, InvoiceId id) {
        return invoices.lockById(scope, id).orElseThrow(() -> notFound(id));
    }

    public static NotFoundException notFound(InvoiceId id) {
        return new NotFoundException(ErrorCode.INVOICE_NOT_FOUND, "invoice " + id + " not found");
    }

    public static InvoiceId newId(IdGenerator ids) {
        return new InvoiceId(ids.newId("inv"));
    }

    /** One new id per line of {@code draft}. */
    public static List<InvoiceLineItemId> lineIds(IdGenerator ids, InvoiceDraft draft) {
        return lineIds(ids, draft.lines().size());
    }

    /** {@code count} new line ids. */
    public static List<InvoiceLineItemId> lineIds(IdGenerator ids, int count) {
        return IntStream.range(0, count).mapToObj(i -> new InvoiceLineItemId(ids.newId("inv_line"))).toList();
    }
}
