package io.flexprice.ports.application.creditnote;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteId;
import io.flexprice.domain.creditnote.CreditNoteLineItemId;
import io.flexprice.domain.creditnote.CreditNoteStatus;
import io.flexprice.domain.creditnote.CreditNoteType;
import io.flexprice.domain.invoice.DocumentNumbers;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.invoice.InvoiceSettings;
import io.flexprice.ports.application.invoice.Invoices;
import io.flexprice.ports.in.creditnote.CreateCreditNoteCommand;
import io.flexprice.ports.in.creditnote.ManageCreditNotesUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.SequenceRepository;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.creditnote.CreditNoteRepository;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Credit notes. Every change holds the invoice's lock and reads the invoice's credit notes under it, so two credit
 * notes made at the same time never together credit more than the invoice, or a line, can take. Finalizing numbers
 * the credit note ({@code CN-YYYYMM-00001}, sequence {@code credit_note:YYYYMM}) unless the client numbered it, and
 * applies it to the invoice in the same unit of work.
 */
public final class ManageCreditNotesService implements ManageCreditNotesUseCase {

    static final String SEQUENCE = "credit_note";

    private final CreditNoteRepository creditNotes;
    private final InvoiceRepository invoices;
    private final SequenceRepository sequences;
    private final InvoiceSettings settings;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManageCreditNotesService(CreditNoteRepository creditNotes, InvoiceRepository invoices,
                                    SequenceRepository sequences, InvoiceSettings settings, Transactions transactions,
                                    IdGenerator ids, Clock clock) {
        this.creditNotes = creditNotes;
        this.invoices = invoices;
        this.sequences = sequences;
        this.settings = settings;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public CreditNote create(Caller caller, CreateCreditNoteCommand c) {
        if (c.invoiceId() == null || c.invoiceId().isBlank()) {
            throw ValidationException.of("invoice_id", "is required");
        }
        InvoiceId invoiceId = new InvoiceId(c.invoiceId());
        Instant now = clock.instant();
        Audit audit = Audit.createdBy(caller.actor(), now);
        return transactions.inTransaction(() -> {
            Invoice invoice = Invoices.locked(invoices, caller.scope(), invoiceId);
            List<CreditNote> existing = creditNotes.findByInvoice(caller.scope(), invoiceId);
            int lines = c.lineItems() == null ? 0 : c.lineItems().size();
            List<CreditNoteLineItemId> lineIds = IntStream.range(0, lines)
                    .mapToObj(i -> new CreditNoteLineItemId(ids.newId("cn_line"))).toList();
            CreditNote note = CreditNote.draft(new CreditNoteId(ids.newId("cn")), invoice, existing, c.reason(),
                    c.memo(), c.lineItems(), lineIds, c.creditNoteNumber(), Metadata.of(c.metadata()), audit);
            if (c.processCreditNote()) {
                CreditNote finalized = finalized(caller, note, invoice, now);
                creditNotes.insert(finalized);
                return finalized;
            }
            creditNotes.insert(note);
            return note;
        });
    }

    @Override
    public CreditNote finalize(Caller caller, CreditNoteId id) {
        CreditNote found = found(creditNotes, caller.scope(), id);
        return transactions.inTransaction(() -> {
            Invoice invoice = Invoices.locked(invoices, caller.scope(), found.invoiceId());
            CreditNote current = found(creditNotes, caller.scope(), id); // read again under the invoice's lock
            CreditNote finalized = finalized(caller, current, invoice, clock.instant());
            creditNotes.update(finalized);
            return finalized;
        });
    }

    @Override
    public CreditNote voidCreditNote(Caller caller, CreditNoteId id) {
        CreditNote found = found(creditNotes, caller.scope(), id);
        return transactions.inTransaction(() -> {
            Invoice invoice = Invoices.locked(invoices, caller.scope(), found.invoiceId());
            CreditNote current = found(creditNotes, caller.scope(), id);
            Instant now = clock.instant();
            boolean appliedAdjustment = current.creditNoteStatus() == CreditNoteStatus.FINALIZED
                    && current.creditNoteType() == CreditNoteType.ADJUSTMENT;
            if (appliedAdjustment && !invoice.amounts().refunded().isZero()) {
                throw new ConflictException(ErrorCode.CREDIT_NOTE_NOT_VOIDABLE, "credit note " + id
                        + " adjusted an invoice that has since been refunded; it cannot be voided");
            }
            CreditNote voided = current.voided(now, current.audit().updatedBy(caller.actor(), now));
            if (appliedAdjustment) {
                invoices.update(invoice.withoutAdjustment(current.totalAmount(),
                        invoice.audit().updatedBy(caller.actor(), now)));
            }
            creditNotes.update(voided);
            return voided;
        });
    }

    /**
     * {@code note} finalized and applied to {@code invoice} (stored here); the invoice must still be able to take
     * it, since payments may have lowered what an adjustment may credit since the note was drafted.
     */
    private CreditNote finalized(Caller caller, CreditNote note, Invoice invoice, Instant now) {
        if (note.creditNoteStatus() != CreditNoteStatus.DRAFT) {
            throw new ConflictException(ErrorCode.CREDIT_NOTE_NOT_DRAFT, "credit note " + note.id() + " is "
                    + note.creditNoteStatus() + "; only a DRAFT credit note can be finalized");
        }
        Money creditable = note.creditNoteType() == CreditNoteType.REFUND ? invoice.amounts().refundable()
                : invoice.amounts().amountRemaining();
        if (note.totalAmount().compareTo(creditable) > 0) {
            throw new ConflictException(ErrorCode.CREDIT_NOTE_EXCEEDS_CREDITABLE, "credit note " + note.id()
                    + " credits " + plain(note.totalAmount()) + " but the invoice can now take a "
                    + note.creditNoteType() + " of " + plain(creditable) + " only; void it and issue another");
        }
        String number = note.needsNumber() ? DocumentNumbers.format(settings.creditNoteNumberPrefix(), now,
                sequences.next(note.scope(), DocumentNumbers.sequenceName(SEQUENCE, now))) : null;
        CreditNote finalized = note.finalized(number, now, note.audit().updatedBy(caller.actor(), now));
        Audit invoiceChanged = invoice.audit().updatedBy(caller.actor(), now);
        invoices.update(note.creditNoteType() == CreditNoteType.REFUND
                ? invoice.withRefund(note.totalAmount(), invoiceChanged)
                : invoice.withAdjustment(note.totalAmount(), invoiceChanged));
        return finalized;
    }

    static CreditNote found(CreditNoteRepository creditNotes, Scope scope, CreditNoteId id) {
        return creditNotes.findById(scope, id).orElseThrow(() -> new NotFoundException(
                ErrorCode.CREDIT_NOTE_NOT_FOUND, "credit note " + id + " not found"));
    }

    private static String plain(Money amount) {
        return amount.amount().stripTrailingZeros().toPlainString();
    }
}
