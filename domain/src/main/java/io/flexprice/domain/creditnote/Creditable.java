package io.flexprice.domain.creditnote;

import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceLineItem;
import io.flexprice.domain.invoice.InvoiceLineItemId;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.money.Money;
import java.util.List;

/**
 * What an invoice can still be credited, given the credit notes it already has (a DRAFT reserves its amount until
 * it is finalized or voided; a VOIDED one counts for nothing):
 *
 * <ul>
 *   <li>the type: a REFUND once the invoice is paid (payment status SUCCEEDED, PARTIALLY_REFUNDED, REFUNDED or
 *       OVERPAID), an ADJUSTMENT before (FlexPrice's rule);</li>
 *   <li>the invoice: a REFUND up to what was paid and not refunded, an ADJUSTMENT up to what remains to be paid,
 *       less what DRAFT credit notes reserve;</li>
 *   <li>a line: up to what the line comes to ({@link InvoiceLineItem#total()}: its amount, less its discounts, plus
 *       its taxes), less what DRAFT and FINALIZED credit notes credit on it. The lines' totals sum to the invoice's
 *       total, so the lines can never be credited more than the invoice.</li>
 * </ul>
 */
public final class Creditable {

    private Creditable() {
    }

    public static CreditNoteType typeFor(Invoice invoice) {
        PaymentStatus status = invoice.paymentStatus();
        return status == PaymentStatus.SUCCEEDED || status == PaymentStatus.PARTIALLY_REFUNDED
                || status == PaymentStatus.REFUNDED || status == PaymentStatus.OVERPAID
                ? CreditNoteType.REFUND : CreditNoteType.ADJUSTMENT;
    }

    /** What the invoice can still be credited by a credit note of {@code type}, besides {@code existing}. */
    public static Money ofInvoice(Invoice invoice, CreditNoteType type, List<CreditNote> existing) {
        Money left = type == CreditNoteType.REFUND ? invoice.amounts().refundable()
                : invoice.amounts().amountRemaining();
        for (CreditNote note : existing) {
            if (note.creditNoteStatus() == CreditNoteStatus.DRAFT) {
                left = left.minus(note.totalAmount());
            }
        }
        return atLeastZero(left);
    }

    /** What {@code line} can still be credited, besides {@code existing}. */
    public static Money ofLine(InvoiceLineItem line, List<CreditNote> existing) {
        Money left = line.total();
        for (CreditNote note : existing) {
            if (note.creditNoteStatus() != CreditNoteStatus.VOIDED) {
                left = left.minus(note.creditedOn(line.id()));
            }
        }
        return atLeastZero(left);
    }

    static Money creditedOn(List<CreditNote.LineItem> lines, InvoiceLineItemId lineId, Money zero) {
        Money credited = zero;
        for (CreditNote.LineItem line : lines) {
            if (line.invoiceLineItemId().equals(lineId)) {
                credited = credited.plus(line.amount());
            }
        }
        return credited;
    }

    private static Money atLeastZero(Money amount) {
        return amount.isNegative() ? Money.zero(amount.currency()) : amount;
    }
}
