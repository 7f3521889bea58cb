package io.flexprice.domain.creditnote;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.ValidationException.Violation;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceLineItem;
import io.flexprice.domain.invoice.InvoiceLineItemId;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A credit against lines of a FINALIZED invoice (FlexPrice's credit note): an ADJUSTMENT lowers what an unpaid
 * invoice is due, a REFUND records money given back on a paid one. It is made as a DRAFT, which reserves its amount;
 * finalizing it numbers it and applies it to the invoice; a DRAFT, or a finalized ADJUSTMENT, may be voided. What it
 * may credit is {@link Creditable}.
 *
 * @param creditNoteNumber {@code CN-YYYYMM-00001}, given when finalized, or the client's own
 */
public record CreditNote(CreditNoteId id, Scope scope, InvoiceId invoiceId, CustomerId customerId,
                         String subscriptionId, String creditNoteNumber, CreditNoteType creditNoteType,
                         CreditNoteStatus creditNoteStatus, CreditNoteReason reason, String memo, Currency currency,
                         List<LineItem> lineItems, Money totalAmount, Instant finalizedAt, Instant voidedAt,
                         Metadata metadata, Audit audit) {

    public CreditNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(creditNoteType, "creditNoteType");
        Objects.requireNonNull(creditNoteStatus, "creditNoteStatus");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(totalAmount, "totalAmount");
        Objects.requireNonNull(audit, "audit");
        lineItems = List.copyOf(lineItems);
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        Money sum = Money.zero(currency);
        for (LineItem line : lineItems) {
            sum = sum.plus(line.amount());
        }
        if (!sum.equals(totalAmount)) {
            throw new IllegalArgumentException("credit note " + id + ": the total is the sum of its lines");
        }
    }

    /** One credited line: {@code amount} against the invoice's line {@code invoiceLineItemId}. */
    public record LineItem(CreditNoteLineItemId id, InvoiceLineItemId invoiceLineItemId, String displayName,
                           Money amount, Metadata metadata) {

        public LineItem {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(invoiceLineItemId, "invoiceLineItemId");
            Objects.requireNonNull(amount, "amount");
            metadata = metadata == null ? Metadata.EMPTY : metadata;
        }
    }

    /** A line a client asks to credit, before it is checked: the amount is in the invoice's currency. */
    public record RequestedLine(String invoiceLineItemId, String displayName, BigDecimal amount, Metadata metadata) {
    }

    /**
     * A new DRAFT credit note on {@code invoice}, of the type the invoice's payment status calls for, after checking
     * every requested line against what is creditable given the invoice's {@code existing} credit notes.
     *
     * @param lineIds one new id per requested line, in order
     * @throws ConflictException {@code invoice.not_finalized} unless the invoice is FINALIZED
     * @throws ValidationException naming every invalid field ({@code line_items[1].amount}); when the only problem is
     *         amounts above what is creditable, with the code {@code credit_note.exceeds_creditable}
     */
    public static CreditNote draft(CreditNoteId id, Invoice invoice, List<CreditNote> existing,
                                   CreditNoteReason reason, String memo, List<RequestedLine> lines,
                                   List<CreditNoteLineItemId> lineIds, String number, Metadata metadata, Audit audit) {
        if (invoice.invoiceStatus() != InvoiceStatus.FINALIZED) {
            throw new ConflictException(ErrorCode.INVOICE_NOT_FINALIZED, "invoice " + invoice.id() + " is "
                    + invoice.invoiceStatus() + "; credit notes are for FINALIZED invoices only");
        }
        Currency currency = invoice.currency();
        Violations invalid = new Violations()
                .require(reason != null, "reason", "is required")
                .require(lines != null && !lines.isEmpty(), "line_items", "at least one line item is required")
                .maxLength(memo, 4000, "memo")
                .maxLength(number, 255, "credit_note_number");
        Map<String, InvoiceLineItem> invoiceLines = new HashMap<>();
        invoice.lineItems().forEach(line -> invoiceLines.put(line.id().value(), line));
        List<LineItem> made = new ArrayList<>();
        for (int i = 0; lines != null && i < lines.size(); i++) {
            String at = "line_items[" + i + "].";
            RequestedLine line = lines.get(i);
            if (line == null) {
                invalid.add("line_items[" + i + "]", "is required");
                continue;
            }
            InvoiceLineItem credited = line.invoiceLineItemId() == null ? null
                    : invoiceLines.get(line.invoiceLineItemId());
            if (line.invoiceLineItemId() == null || line.invoiceLineItemId().isBlank()) {
                invalid.add(at + "invoice_line_item_id", "is required");
            } else if (credited == null) {
                invalid.add(at + "invoice_line_item_id", "is not a line of invoice " + invoice.id());
            }
            Money amount = line.amount() == null ? null : new Money(line.amount(), currency);
            if (amount == null) {
                invalid.add(at + "amount", "is required");
            } else if (amount.amount().signum() <= 0) {
                invalid.add(at + "amount", "must be positive");
            } else if (line.amount().stripTrailingZeros().scale() > amount.minorUnitDigits()) {
                invalid.add(at + "amount", "must be a whole number of minor units (" + amount.minorUnitDigits()
                        + " decimal places)");
            }
            invalid.maxLength(line.displayName(), 255, at + "display_name");
            if (credited != null && amount != null && invalid.isEmpty()) {
                made.add(new LineItem(lineIds.get(i), credited.id(),
                        line.displayName() == null ? credited.displayName() : line.displayName(), amount,
                        line.metadata()));
            }
        }
        invalid.throwIfAny();

        CreditNoteType type = Creditable.typeFor(invoice);
        List<Violation> exceeding = new ArrayList<>();
        Map<InvoiceLineItemId, Money> requestedPerLine = new HashMap<>();
        Money total = Money.zero(currency);
        for (int i = 0; i < made.size(); i++) {
            LineItem line = made.get(i);
            Money soFar = requestedPerLine.merge(line.invoiceLineItemId(), line.amount(), Money::plus);
            Money lineLeft = Creditable.ofLine(invoiceLines.get(line.invoiceLineItemId().value()), existing);
            if (soFar.compareTo(lineLeft) > 0) {
                exceeding.add(new Violation("line_items[" + i + "].amount", "exceeds what line "
                        + line.invoiceLineItemId() + " can still be credited, " + plain(lineLeft)));
            }
            total = total.plus(line.amount());
        }
        Money invoiceLeft = Creditable.ofInvoice(invoice, type, existing);
        if (total.compareTo(invoiceLeft) > 0) {
            exceeding.add(new Violation("line_items", "the credit note's total " + plain(total)
                    + " exceeds what the invoice can still be credited by a " + type + ", " + plain(invoiceLeft)));
        }
        if (!exceeding.isEmpty()) {
            throw new ValidationException(ErrorCode.CREDIT_NOTE_EXCEEDS_CREDITABLE, exceeding);
        }
        return new CreditNote(id, invoice.scope(), invoice.id(), invoice.customerId(), invoice.subscriptionId(),
                number == null || number.isBlank() ? null : number, type, CreditNoteStatus.DRAFT, reason, memo,
                currency, made, total, null, null, metadata, audit);
    }

    /** What this credit note credits on the invoice's line {@code lineId}. */
    public Money creditedOn(InvoiceLineItemId lineId) {
        return Creditable.creditedOn(lineItems, lineId, Money.zero(currency));
    }

    /** FINALIZED: numbered (unless the client gave a number) and applied to the invoice by the caller. */
    public CreditNote finalized(String number, Instant at, Audit changed) {
        if (creditNoteStatus != CreditNoteStatus.DRAFT) {
            throw new ConflictException(ErrorCode.CREDIT_NOTE_NOT_DRAFT, "credit note " + id + " is "
                    + creditNoteStatus + "; only a DRAFT credit note can be finalized");
        }
        return new CreditNote(id, scope, invoiceId, customerId, subscriptionId,
                creditNoteNumber == null ? number : creditNoteNumber, creditNoteType, CreditNoteStatus.FINALIZED,
                reason, memo, currency, lineItems, totalAmount, at, voidedAt, metadata, changed);
    }

    /** VOIDED: a DRAFT, or a finalized ADJUSTMENT (whose amount the caller gives back to the invoice). */
    public CreditNote voided(Instant at, Audit changed) {
        if (creditNoteStatus == CreditNoteStatus.VOIDED) {
            throw new ConflictException(ErrorCode.CREDIT_NOTE_NOT_VOIDABLE, "credit note " + id + " is already voided");
        }
        if (creditNoteStatus == CreditNoteStatus.FINALIZED && creditNoteType == CreditNoteType.REFUND) {
            throw new ConflictException(ErrorCode.CREDIT_NOTE_NOT_VOIDABLE,
                    "credit note " + id + " is a finalized refund: the money was given back, it cannot be voided");
        }
        return new CreditNote(id, scope, invoiceId, customerId, subscriptionId, creditNoteNumber, creditNoteType,
                CreditNoteStatus.VOIDED, reason, memo, currency, lineItems, totalAmount, finalizedAt, at, metadata,
                changed);
    }

    /** Whether this credit note is numbered by the sequence when finalized (the client did not number it). */
    public boolean needsNumber() {
        return creditNoteNumber == null;
    }

    private static String plain(Money amount) {
        return amount.amount().stripTrailingZeros().toPlainString();
    }
}
