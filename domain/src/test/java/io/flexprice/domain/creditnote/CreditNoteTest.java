package io.flexprice.domain.creditnote;

import static io.flexprice.domain.Fixtures.AUDIT;
import static io.flexprice.domain.Fixtures.SCOPE;
import static io.flexprice.domain.Fixtures.T0;
import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.invoice.Drafts.aDraft;
import static io.flexprice.domain.invoice.Drafts.lineIds;
import static io.flexprice.domain.money.Monies.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.ValidationException.Violation;
import io.flexprice.domain.invoice.Drafts;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class CreditNoteTest {

    private int ids;

    /** A finalized invoice of two lines, A 100.00 (line_0) and B 50.00 (line_1), nothing paid. */
    private static Invoice unpaid() {
        return invoiceOf(aDraft(usd("100.00"), usd("50.00")));
    }

    private static Invoice invoiceOf(Drafts drafts) {
        InvoiceDraft draft = drafts.build();
        return Invoice.draft(InvoiceId.of("inv_1"), SCOPE, draft, lineIds(draft), AUDIT)
                .finalized("INV-202401-00001", T0, T0, AUDIT);
    }

    private static CreditNote.RequestedLine line(String invoiceLineId, String amount) {
        return new CreditNote.RequestedLine(invoiceLineId, null, amount == null ? null : new BigDecimal(amount),
                null);
    }

    private CreditNote draft(Invoice invoice, List<CreditNote> existing, CreditNote.RequestedLine... lines) {
        List<CreditNoteLineItemId> lineIds = IntStream.range(0, lines.length)
                .mapToObj(i -> CreditNoteLineItemId.of("cnl_" + (++ids))).toList();
        return CreditNote.draft(CreditNoteId.of("cn_" + (++ids)), invoice, existing, CreditNoteReason.BILLING_ERROR,
                "memo", List.of(lines), lineIds, null, null, AUDIT);
    }

    private static List<String> exceeding(ThrowingCallable call) {
        List<String> fields = new ArrayList<>();
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.CREDIT_NOTE_EXCEEDS_CREDITABLE);
            e.violations().stream().map(Violation::field).forEach(fields::add);
        });
        return fields;
    }

    @Test
    void aCreditNoteOnAnUnpaidInvoiceIsADraftAdjustmentOfItsLines() {
        CreditNote note = draft(unpaid(), List.of(), line("line_0", "30.00"), line("line_1", "5.25"));

        assertThat(note.creditNoteType()).isEqualTo(CreditNoteType.ADJUSTMENT);
        assertThat(note.creditNoteStatus()).isEqualTo(CreditNoteStatus.DRAFT);
        assertThat(note.creditNoteNumber()).isNull();
        assertThat(note.totalAmount()).isEqualTo(usd("35.25"));
        assertThat(note.lineItems()).extracting(CreditNote.LineItem::displayName).containsExactly("line 0", "line 1");
        assertThat(note.customerId()).isEqualTo(Drafts.CUSTOMER);
    }

    @Test
    void aLineIsCreditedAtMostWhatItComesToWithItsDiscountAndTax() {
        // 100.00, 10% off = 90.00, 20% tax = 18.00: the line comes to 108.00
        Invoice invoice = invoiceOf(aDraft(usd("100.00"))
                .discount(InvoiceDraft.Discount.percentOff("c", dec("10")))
                .tax(InvoiceDraft.Tax.percentage("t", dec("20"))));

        assertThat(draft(invoice, List.of(), line("line_0", "108.00")).totalAmount()).isEqualTo(usd("108.00"));
        assertThat(exceeding(() -> draft(invoice, List.of(), line("line_0", "108.01"))))
                .containsExactly("line_items[0].amount", "line_items");
    }

    @Test
    void twoRequestedLinesOnOneInvoiceLineCountTogether() {
        // line B is 50.00: 30.00 then 20.01 on it is 50.01
        assertThat(exceeding(() -> draft(unpaid(), List.of(), line("line_1", "30.00"), line("line_1", "20.01"))))
                .containsExactly("line_items[1].amount");
    }

    @Test
    void anAdjustmentIsAtMostWhatRemainsToBePaid() {
        // total 150.00, paid 40.00: 110.00 remains; 100.00 on A and 20.00 on B are each within their lines, 120 is not
        Invoice invoice = unpaid().withPayment(usd("40.00"), T0, AUDIT);

        assertThat(exceeding(() -> draft(invoice, List.of(), line("line_0", "100.00"), line("line_1", "20.00"))))
                .containsExactly("line_items");
        assertThat(draft(invoice, List.of(), line("line_0", "100.00"), line("line_1", "10.00")).totalAmount())
                .isEqualTo(usd("110.00"));
    }

    @Test
    void aDraftReservesItsAmountsAndAVoidedNoteFreesThem() {
        // a draft of 60.00 on A leaves A 40.00 and the invoice 90.00
        Invoice invoice = unpaid();
        CreditNote first = draft(invoice, List.of(), line("line_0", "60.00"));

        assertThat(Creditable.ofLine(invoice.lineItems().get(0), List.of(first))).isEqualTo(usd("40.00"));
        assertThat(Creditable.ofInvoice(invoice, CreditNoteType.ADJUSTMENT, List.of(first))).isEqualTo(usd("90.00"));
        assertThat(exceeding(() -> draft(invoice, List.of(first), line("line_0", "40.01"))))
                .containsExactly("line_items[0].amount");
        CreditNote voided = first.voided(T0, AUDIT);
        assertThat(draft(invoice, List.of(voided), line("line_0", "100.00")).totalAmount())
                .isEqualTo(usd("100.00"));
    }

    @Test
    void aPaidInvoiceIsRefundedAtMostWhatWasPaidAndNotRefunded() {
        // paid 150.00, refunded 100.00 already: 50.00 can still be refunded
        Invoice paid = unpaid().withPayment(usd("150.00"), T0, AUDIT);
        Invoice partlyRefunded = paid.withRefund(usd("100.00"), AUDIT);

        CreditNote refund = draft(paid, List.of(), line("line_0", "100.00"));
        assertThat(refund.creditNoteType()).isEqualTo(CreditNoteType.REFUND);
        assertThat(Creditable.typeFor(partlyRefunded)).isEqualTo(CreditNoteType.REFUND);
        assertThat(Creditable.ofInvoice(partlyRefunded, CreditNoteType.REFUND, List.of())).isEqualTo(usd("50.00"));
        assertThat(exceeding(() -> draft(partlyRefunded, List.of(), line("line_0", "50.01"))))
                .containsExactly("line_items");
    }

    @Test
    void onlyAFinalizedInvoiceTakesACreditNote() {
        InvoiceDraft source = aDraft(usd("10.00")).build();
        Invoice draftInvoice = Invoice.draft(InvoiceId.of("inv_2"), SCOPE, source, lineIds(source), AUDIT);

        assertThatThrownBy(() -> draft(draftInvoice, List.of(), line("line_0", "1.00")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_NOT_FINALIZED));
    }

    @Test
    void everyMalformedLineIsReportedAtOnce() {
        assertThat(fieldsRejected(() -> draft(unpaid(), List.of(), line("line_9", "1.00"), line("line_0", "-1"),
                line("line_0", "0.001"), line(null, null))))
                .containsExactly("line_items[0].invoice_line_item_id", "line_items[1].amount", "line_items[2].amount",
                        "line_items[3].invoice_line_item_id", "line_items[3].amount");
        assertThat(fieldsRejected(() -> draft(unpaid(), List.of()))).containsExactly("line_items");
    }

    @Test
    void aDraftIsFinalizedOnceAndAFinalizedRefundIsNeverVoided() {
        Invoice paid = unpaid().withPayment(usd("150.00"), T0, AUDIT);
        CreditNote refund = draft(paid, List.of(), line("line_0", "10.00")).finalized("CN-202401-00001", T0, AUDIT);

        assertThat(refund.creditNoteStatus()).isEqualTo(CreditNoteStatus.FINALIZED);
        assertThat(refund.creditNoteNumber()).isEqualTo("CN-202401-00001");
        assertThat(refund.finalizedAt()).isEqualTo(T0);
        assertThatThrownBy(() -> refund.finalized("CN-2", T0, AUDIT)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CREDIT_NOTE_NOT_DRAFT));
        assertThatThrownBy(() -> refund.voided(T0, AUDIT)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CREDIT_NOTE_NOT_VOIDABLE));
        CreditNote adjustment = draft(unpaid(), List.of(), line("line_0", "10.00")).finalized("CN-1", T0, AUDIT);
        assertThat(adjustment.voided(T0, AUDIT).creditNoteStatus()).isEqualTo(CreditNoteStatus.VOIDED);
    }

    @Test
    void aClientsNumberIsKept() {
        List<CreditNoteLineItemId> lineIds = List.of(CreditNoteLineItemId.of("cnl_x"));
        CreditNote note = CreditNote.draft(CreditNoteId.of("cn_x"), unpaid(), List.of(), CreditNoteReason.DUPLICATE,
                null, List.of(line("line_0", "1.00")), lineIds, "MY-7", null, AUDIT);

        assertThat(note.needsNumber()).isFalse();
        assertThat(note.finalized("CN-202401-00009", T0, AUDIT).creditNoteNumber()).isEqualTo("MY-7");
        Money credited = note.creditedOn(unpaid().lineItems().get(0).id());
        assertThat(credited).isEqualTo(usd("1.00"));
    }
}
