package io.flexprice.domain.creditnote;

import static io.flexprice.domain.Fixtures.AUDIT;
import static io.flexprice.domain.Fixtures.SCOPE;
import static io.flexprice.domain.Fixtures.T0;
import static io.flexprice.domain.money.Monies.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.invoice.Drafts;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceLineItem;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.subscription.ChargeKind;
import io.flexprice.domain.subscription.ChargeLine;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * March 2026 (31 days) charged in advance on one invoice: the fee of line item {@code sli_fee}, 31.00, with a 10%
 * coupon and 19% tax, so the invoice line comes to 31.00 - 3.10 = 27.90, + 5.301 tax = 33.201 -> 33.20.
 */
class ProrationCreditsTest {

    private static final Period MARCH = Drafts.MARCH;
    private static final Instant MARCH_21 = Instant.parse("2026-03-21T00:00:00Z");
    private static final Function<InvoiceLineItem, String> CHARGED = line -> line.metadata().values().get("sli");

    private static Invoice advanceInvoice() {
        InvoiceDraft draft = new InvoiceDraft(Drafts.CUSTOMER, "sub_1", MARCH, usd("0").currency(), null, List.of(
                new InvoiceDraft.Line(null, null, null, null, null, null, null, "Fee", BigDecimal.ONE, usd("31.00"),
                        MARCH, Metadata.of(Map.of("sli", "sli_fee")))),
                List.of(InvoiceDraft.Discount.percentOff("coupon_1", new BigDecimal("10"))),
                List.of(InvoiceDraft.Tax.percentage("tax_1", new BigDecimal("19"))), null, null, null);
        return Invoice.draft(InvoiceId.of("inv_1"), SCOPE, draft, Drafts.lineIds(draft), AUDIT)
                .finalized("INV-202603-00001", T0, T0, AUDIT);
    }

    private static ChargeLine credit(String lineItem, String amount, Period period) {
        return new ChargeLine(SubscriptionLineItemId.of(lineItem), null, null, "Fee", BigDecimal.ONE,
                usd(amount).negate(), period, ChargeKind.PRORATION, InvoiceCadence.ADVANCE);
    }

    private static Map<Invoice, List<CreditNote.RequestedLine>> allocate(List<ChargeLine> credits, Money limit) {
        return ProrationCredits.allocate(List.of(advanceInvoice()), credits, CHARGED, id -> List.of(), limit);
    }

    @Test
    void theUnusedPartOfAnAdvanceChargeIsCreditedAtWhatTheLineCostAfterCouponAndTax() {
        // cancelled on March 21st: 11 of 31 days unused, credit 11.00 of the 31.00 fee;
        // the line cost 33.20 in all: 33.20 x 11 / 31 = 11.7806... -> 11.78
        var notes = allocate(List.of(credit("sli_fee", "11.00", new Period(MARCH_21, MARCH.end()))), null);

        assertThat(notes).hasSize(1);
        List<CreditNote.RequestedLine> lines = notes.values().iterator().next();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).invoiceLineItemId()).isEqualTo("line_0");
        assertThat(lines.get(0).amount()).isEqualByComparingTo("11.78");
    }

    @Test
    void theLimitCapsWhatIsGivenBackAndNothingIsCreditedBeyondTheLine() {
        // a net credit of 5.00 (a plan change) caps the 11.78 above
        var capped = allocate(List.of(credit("sli_fee", "11.00", new Period(MARCH_21, MARCH.end()))), usd("5.00"));
        // two credits of the whole month cannot together give back more than the line's 33.20
        var whole = allocate(List.of(credit("sli_fee", "31.00", MARCH), credit("sli_fee", "31.00", MARCH)), null);

        assertThat(capped.values().iterator().next().get(0).amount()).isEqualByComparingTo("5.00");
        assertThat(whole.values().iterator().next()).extracting(CreditNote.RequestedLine::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("33.20"));
    }

    @Test
    void aCreditOfAnotherLineItemOrOutsideTheChargedPeriodGivesNothing() {
        Period april = new Period(MARCH.end(), Instant.parse("2026-05-01T00:00:00Z"));

        assertThat(allocate(List.of(credit("sli_other", "11.00", new Period(MARCH_21, MARCH.end()))), null)).isEmpty();
        assertThat(allocate(List.of(credit("sli_fee", "10.00", april)), null)).isEmpty();
    }
}
