package io.flexprice.ports.application.creditnote;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static io.flexprice.ports.testing.InvoiceCommands.anInvoice;
import static io.flexprice.ports.testing.InvoiceDrafts.usd;
import static io.flexprice.ports.testing.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteId;
import io.flexprice.domain.creditnote.CreditNoteReason;
import io.flexprice.domain.creditnote.CreditNoteStatus;
import io.flexprice.domain.creditnote.CreditNoteType;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.payment.PaymentMethodType;
import io.flexprice.ports.in.creditnote.CreateCreditNoteCommand;
import io.flexprice.ports.in.payment.CreatePaymentCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.creditnote.CreditNoteFilter;
import io.flexprice.ports.testing.Invoicing;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManageCreditNotesServiceTest {

    private final Invoicing invoicing = new Invoicing();
    private final ManageCreditNotesService service = invoicing.manageCreditNotes;
    private final Caller caller = aCaller().build();

    /** A finalized invoice of two lines, 100.00 and 50.00, nothing paid. */
    private Invoice invoice() {
        return invoicing.manageInvoices.create(caller, anInvoice().line("100.00").line("50.00").build());
    }

    private Invoice stored(Invoice invoice) {
        return invoicing.invoices.stored(invoice.id());
    }

    private CreateCreditNoteCommand credit(Invoice invoice, boolean process, String... amounts) {
        List<CreditNote.RequestedLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            lines.add(new CreditNote.RequestedLine(invoice.lineItems().get(i).id().value(), null,
                    new BigDecimal(amounts[i]), null));
        }
        return new CreateCreditNoteCommand(invoice.id().value(), CreditNoteReason.BILLING_ERROR, "goodwill", lines,
                null, process, null);
    }

    private void pay(Invoice invoice, String amount) {
        invoicing.managePayments.create(caller, new CreatePaymentCommand(invoice.id().value(), new BigDecimal(amount),
                Currency.getInstance("USD"), PaymentMethodType.OFFLINE, null, null, null));
    }

    @Test
    void anAdjustmentLowersWhatAnUnpaidInvoiceIsDueWhenFinalized() {
        Invoice invoice = invoice();
        CreditNote draft = service.create(caller, credit(invoice, false, "20.00", "5.00"));
        assertThat(draft.creditNoteStatus()).isEqualTo(CreditNoteStatus.DRAFT);
        assertThat(stored(invoice).amounts().amountDue()).isEqualTo(usd("150.00"));

        CreditNote finalized = service.finalize(caller, draft.id());

        assertThat(finalized.creditNoteType()).isEqualTo(CreditNoteType.ADJUSTMENT);
        assertThat(finalized.creditNoteNumber()).isEqualTo("CN-202403-00001");
        assertThat(finalized.finalizedAt()).isEqualTo(NOW);
        // 150.00 - (20.00 + 5.00) = 125.00 due
        Invoice adjusted = stored(invoice);
        assertThat(adjusted.amounts().adjustment()).isEqualTo(usd("25.00"));
        assertThat(adjusted.amounts().amountDue()).isEqualTo(usd("125.00"));
        assertThat(adjusted.amounts().amountRemaining()).isEqualTo(usd("125.00"));
        assertThat(invoicing.sequences.last(SCOPE, "credit_note:202403")).isEqualTo(1);
        assertThatThrownBy(() -> service.finalize(caller, draft.id())).isInstanceOfSatisfying(
                ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CREDIT_NOTE_NOT_DRAFT));
    }

    @Test
    void aRefundIsRecordedOnAPaidInvoiceAndNeverVoided() {
        Invoice invoice = invoice();
        pay(invoice, "150.00");

        CreditNote refund = service.create(caller, credit(invoice, true, "100.00"));

        assertThat(refund.creditNoteType()).isEqualTo(CreditNoteType.REFUND);
        assertThat(refund.creditNoteStatus()).isEqualTo(CreditNoteStatus.FINALIZED);
        Invoice refunded = stored(invoice);
        assertThat(refunded.amounts().refunded()).isEqualTo(usd("100.00"));
        assertThat(refunded.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThatThrownBy(() -> service.voidCreditNote(caller, refund.id())).isInstanceOfSatisfying(
                ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CREDIT_NOTE_NOT_VOIDABLE));
        // 150.00 paid - 100.00 refunded = 50.00 left; line 1 (50.00) takes it, the refund makes it REFUNDED
        service.create(caller, new CreateCreditNoteCommand(invoice.id().value(), CreditNoteReason.DUPLICATE, null,
                List.of(new CreditNote.RequestedLine(invoice.lineItems().get(1).id().value(), null,
                        new BigDecimal("50.00"), null)), null, true, null));
        assertThat(stored(invoice).paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
    }

    @Test
    void voidingAFinalizedAdjustmentMakesItsAmountDueAgain() {
        Invoice invoice = invoice();
        CreditNote adjustment = service.create(caller, credit(invoice, true, "30.00"));

        CreditNote voided = service.voidCreditNote(caller, adjustment.id());

        assertThat(voided.creditNoteStatus()).isEqualTo(CreditNoteStatus.VOIDED);
        assertThat(voided.voidedAt()).isEqualTo(NOW);
        assertThat(stored(invoice).amounts()).isEqualTo(invoice.amounts());
        assertThatThrownBy(() -> service.voidCreditNote(caller, adjustment.id())).isInstanceOf(
                ConflictException.class);
    }

    @Test
    void creditNotesNeverTogetherExceedWhatIsCreditable() {
        // line 0 is 100.00: a draft of 70.00 leaves 30.00
        Invoice invoice = invoice();
        service.create(caller, credit(invoice, false, "70.00"));

        assertThat(rejected(() -> service.create(caller, credit(invoice, false, "30.01"))).code())
                .isEqualTo(ErrorCode.CREDIT_NOTE_EXCEEDS_CREDITABLE);
        assertThat(service.create(caller, credit(invoice, false, "30.00")).totalAmount()).isEqualTo(usd("30.00"));
        assertThat(invoicing.creditNotes.all()).hasSize(2);
        assertThat(invoicing.invoices.locked()).containsOnly(invoice.id());
    }

    @Test
    void aDraftAdjustmentOvertakenByPaymentsIsNotFinalized() {
        // a 60.00 adjustment drafted on 150.00; then 100.00 is paid: only 50.00 remains to adjust
        Invoice invoice = invoice();
        CreditNote draft = service.create(caller, credit(invoice, false, "60.00"));
        pay(invoice, "100.00");

        assertThatThrownBy(() -> service.finalize(caller, draft.id())).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CREDIT_NOTE_EXCEEDS_CREDITABLE));
        assertThat(stored(invoice).amounts().adjustment()).isEqualTo(usd("0"));
        assertThat(invoicing.sequences.last(SCOPE, "credit_note:202403")).isZero();
    }

    @Test
    void findsCreditNotesByIdAndByInvoice() {
        Invoice invoice = invoice();
        CreditNote note = service.create(caller, credit(invoice, false, "1.00"));

        assertThat(invoicing.findCreditNotes.get(caller, note.id())).isEqualTo(note);
        assertThat(invoicing.findCreditNotes.search(caller, new CreditNoteFilter(null,
                List.of(invoice.id().value()), null, null), PageRequest.first(10)).items()).containsExactly(note);
        assertThatThrownBy(() -> invoicing.findCreditNotes.get(caller, CreditNoteId.of("cn_nope")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CREDIT_NOTE_NOT_FOUND));
    }
}
