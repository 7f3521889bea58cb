package io.flexprice.domain.creditnote;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceLineItem;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.subscription.ChargeLine;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the credits of a subscription change land (the negative PRORATION charges of a cancellation, a pause, a
 * removed addon or a net-credit plan change): each credit is given back on the latest FINALIZED invoice line that
 * charged its line item for a service period containing the credit's, in proportion to what that line cost after
 * its discount and tax ({@code line total × credit ÷ line amount}, rounded once), and never more than the line,
 * its invoice or {@code limit} can still be credited.
 */
public final class ProrationCredits {

    private static final MathContext WORKING = MathContext.DECIMAL128;

    private ProrationCredits() {
    }

    /**
     * The credit note lines to request, per invoice, in the order the credits come.
     *
     * @param charged          the subscription's FINALIZED invoices, newest first
     * @param credits          negative charge lines; those of no line item, or matching no invoice line, give nothing
     * @param chargedLineItem  the subscription line item an invoice line charged (from its metadata), or null
     * @param existingNotes    the credit notes an invoice already has
     * @param limit            the most to give back in all, or null for no cap
     */
    public static Map<Invoice, List<CreditNote.RequestedLine>> allocate(
            List<Invoice> charged, List<ChargeLine> credits, Function<InvoiceLineItem, String> chargedLineItem,
            Function<InvoiceId, List<CreditNote>> existingNotes, Money limit) {
        Map<Invoice, List<CreditNote.RequestedLine>> notes = new LinkedHashMap<>();
        Map<Invoice, Money> invoiceLeft = new LinkedHashMap<>();
        Map<String, Money> lineLeft = new LinkedHashMap<>();
        Money left = limit == null ? null : limit.roundedToMinorUnit();
        for (ChargeLine credit : credits) {
            if (credit.lineItemId() == null || left != null && !positive(left)) {
                continue;
            }
            Optional<Map.Entry<Invoice, InvoiceLineItem>> match = chargingLine(charged, credit, chargedLineItem);
            if (match.isEmpty()) {
                continue;
            }
            Invoice invoice = match.get().getKey();
            InvoiceLineItem line = match.get().getValue();
            List<CreditNote> existing = existingNotes.apply(invoice.id());
            Money onInvoice = invoiceLeft.computeIfAbsent(invoice,
                    i -> Creditable.ofInvoice(i, Creditable.typeFor(i), existing));
            Money onLine = lineLeft.computeIfAbsent(line.id().value(), l -> Creditable.ofLine(line, existing));
            BigDecimal share = credit.amount().amount().negate().divide(line.amount().amount(), WORKING);
            Money amount = new Money(line.total().amount().multiply(share, WORKING), line.total().currency())
                    .roundedToMinorUnit();
            amount = min(min(min(amount, onLine), onInvoice), left);
            if (!positive(amount)) {
                continue;
            }
            invoiceLeft.put(invoice, onInvoice.minus(amount));
            lineLeft.put(line.id().value(), onLine.minus(amount));
            left = left == null ? null : left.minus(amount);
            notes.computeIfAbsent(invoice, i -> new ArrayList<>()).add(new CreditNote.RequestedLine(
                    line.id().value(), line.displayName(), amount.amount(), Metadata.EMPTY));
        }
        return notes;
    }

    private static Optional<Map.Entry<Invoice, InvoiceLineItem>> chargingLine(
            List<Invoice> charged, ChargeLine credit, Function<InvoiceLineItem, String> chargedLineItem) {
        String lineItemId = credit.lineItemId().value();
        Period credited = credit.servicePeriod();
        for (Invoice invoice : charged) {
            for (InvoiceLineItem line : invoice.lineItems()) {
                if (lineItemId.equals(chargedLineItem.apply(line)) && positive(line.amount()) && line.period() != null
                        && !line.period().start().isAfter(credited.start())
                        && !credited.end().isAfter(line.period().end())) {
                    return Optional.of(Map.entry(invoice, line));
                }
            }
        }
        return Optional.empty();
    }

    private static Money min(Money a, Money b) {
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }

    private static boolean positive(Money amount) {
        return !amount.isNegative() && !amount.isZero();
    }
}
