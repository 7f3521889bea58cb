package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static io.flexprice.adapters.storage.InvoiceFixtures.finalized;
import static io.flexprice.adapters.storage.InvoiceFixtures.oneOff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteId;
import io.flexprice.domain.creditnote.CreditNoteLineItemId;
import io.flexprice.domain.creditnote.CreditNoteReason;
import io.flexprice.domain.creditnote.CreditNoteStatus;
import io.flexprice.domain.creditnote.CreditNoteType;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.creditnote.CreditNoteFilter;
import io.flexprice.ports.out.creditnote.CreditNoteRepository;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CreditNoteRepository} does. A credit note's invoice is a stored invoice of its scope. */
public abstract class CreditNoteRepositoryContract {

    private final Scope scope = Fixtures.aScope();
    private Invoice invoice;

    protected abstract CreditNoteRepository repository();

    protected abstract InvoiceRepository invoices();

    protected abstract CustomerRepository customers();

    @BeforeEach
    void storeAnInvoice() {
        invoice = finalized(oneOff(scope, InvoiceFixtures.storedCustomer(customers(), scope), "100.00", "50.00"));
        invoices().insert(invoice);
    }

    private CreditNote aCreditNote(Invoice on, String amount, Instant createdAt) {
        return CreditNote.draft(new CreditNoteId(Fixtures.uniqueId("cn")), on, List.of(), CreditNoteReason.DUPLICATE,
                null, List.of(new CreditNote.RequestedLine(on.lineItems().get(0).id().value(), null,
                        new BigDecimal(amount), null)), List.of(new CreditNoteLineItemId(Fixtures.uniqueId("cnl"))),
                null, null, Audit.createdBy("alice", createdAt));
    }

    @Test
    void aCreditNoteIsReadBackWithEveryFieldAndItsLines() {
        CreditNote note = CreditNote.draft(new CreditNoteId(Fixtures.uniqueId("cn")), invoice, List.of(),
                CreditNoteReason.BILLING_ERROR, "sorry", List.of(
                        new CreditNote.RequestedLine(invoice.lineItems().get(0).id().value(), "Refund A",
                                new BigDecimal("10.5"), Metadata.of(Map.of("k", "v"))),
                        new CreditNote.RequestedLine(invoice.lineItems().get(1).id().value(), null,
                                new BigDecimal("0.25"), null)),
                List.of(new CreditNoteLineItemId(Fixtures.uniqueId("cnl")),
                        new CreditNoteLineItemId(Fixtures.uniqueId("cnl"))), "MY-1", Metadata.of(Map.of("a", "b")),
                new Audit(T0, "alice", T0.plusSeconds(1), "bob"))
                .finalized("ignored", T0.plusSeconds(2), new Audit(T0, "alice", T0.plusSeconds(2), "carol"));

        repository().insert(note);

        assertThat(repository().findById(scope, note.id())).contains(note);
        Scope other = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));
        assertThat(repository().findById(other, note.id())).isEmpty();
        assertThat(repository().findByInvoice(other, invoice.id())).isEmpty();
    }

    @Test
    void anUpdateReplacesTheCreditNoteAndFindByInvoiceListsOldestFirst() {
        CreditNote later = aCreditNote(invoice, "2.00", T0.plusSeconds(1));
        CreditNote earlier = aCreditNote(invoice, "1.00", T0);
        repository().insert(later);
        repository().insert(earlier);

        CreditNote voided = later.voided(T0.plusSeconds(9), later.audit().updatedBy("bob", T0.plusSeconds(9)));
        repository().update(voided);

        assertThat(repository().findByInvoice(scope, invoice.id())).containsExactly(earlier, voided);
        assertThatThrownBy(() -> repository().update(aCreditNote(invoice, "1.00", T0)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void searchNarrowsByIdsInvoiceStatusAndType() {
        Invoice paid = finalized(oneOff(scope, invoice.customerId(), "20.00"));
        paid = paid.withPayment(InvoiceFixtures.usd("20.00"), T0, paid.audit());
        invoices().insert(paid);
        CreditNote oldest = aCreditNote(invoice, "1.00", T0);
        CreditNote drafted = aCreditNote(invoice, "2.00", T0.plusSeconds(1));
        CreditNote middle = drafted.finalized("CN-1", T0, drafted.audit());
        CreditNote newest = aCreditNote(paid, "3.00", T0.plusSeconds(2));
        for (CreditNote note : List.of(middle, newest, oldest)) {
            repository().insert(note);
        }

        assertThat(search(CreditNoteFilter.ALL)).containsExactly(newest, middle, oldest);
        assertThat(search(new CreditNoteFilter(null, List.of(invoice.id().value()), null, null)))
                .containsExactly(middle, oldest);
        assertThat(search(new CreditNoteFilter(null, null, List.of(CreditNoteStatus.FINALIZED), null)))
                .containsExactly(middle);
        assertThat(search(new CreditNoteFilter(null, null, null, CreditNoteType.REFUND))).containsExactly(newest);
        assertThat(search(new CreditNoteFilter(List.of(oldest.id().value()), null, null, null)))
                .containsExactly(oldest);
        Page<CreditNote> page = repository().search(scope, CreditNoteFilter.ALL, new PageRequest(1, 1, SortOrder.ASC));
        assertThat(page.items()).containsExactly(middle);
        assertThat(page.total()).isEqualTo(3);
    }

    private List<CreditNote> search(CreditNoteFilter filter) {
        return repository().search(scope, filter, PageRequest.first(10)).items();
    }
}
