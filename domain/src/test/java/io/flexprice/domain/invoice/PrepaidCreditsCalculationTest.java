package io.flexprice.domain.invoice;

import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.invoice.Drafts.aDraft;
import static io.flexprice.domain.invoice.Drafts.calculate;
import static io.flexprice.domain.money.Monies.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.invoice.InvoiceDraft.Discount;
import io.flexprice.domain.invoice.InvoiceDraft.Tax;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prepaid wallet credits in the invoice computation: lines, then coupons, then credits, then taxes (issue 6). */
class PrepaidCreditsCalculationTest {

    private static final Audit AUDIT = Audit.createdBy("test", Instant.parse("2026-03-31T00:00:00Z"));

    private static InvoiceCalculation withCredits(InvoiceCalculation c, InvoiceDraft draft, Money... prepaid) {
        return InvoiceCalculator.withPrepaidCredits(c.lineItems(), c.discounts(), draft.taxes(), List.of(prepaid));
    }

    @Test
    void creditsApplyAfterTheCouponAndBeforeTheTax() {
        // 100.00, 10% off -> 90.00; wallets pay 50.00 -> 40.00 taxable; 18% of 40.00 = 7.20; total 40.00 + 7.20 = 47.20
        InvoiceDraft draft = aDraft(usd("100.00")).discount(Discount.percentOff("coupon_10", dec("10")))
                .tax(Tax.percentage("tax_18", dec("18"))).build();

        InvoiceCalculation c = withCredits(calculate(draft), draft, usd("50.00"));

        assertThat(c.subtotal()).isEqualTo(usd("100.00"));
        assertThat(c.totalDiscount()).isEqualTo(usd("10.00"));
        assertThat(c.totalPrepaidCreditsApplied()).isEqualTo(usd("50.00"));
        assertThat(c.taxes()).singleElement().satisfies(tax -> {
            assertThat(tax.taxableAmount()).isEqualTo(usd("40.00"));
            assertThat(tax.taxAmount()).isEqualTo(usd("7.20"));
        });
        assertThat(c.totalTax()).isEqualTo(usd("7.20"));
        assertThat(c.total()).isEqualTo(usd("47.20"));
        assertThat(c.lineItems().get(0).prepaidCreditsApplied()).isEqualTo(usd("50.00"));
        assertThat(c.lineItems().get(0).total()).isEqualTo(usd("47.20"));
    }

    @Test
    void eachLinesTaxShareFollowsWhatIsLeftOfItAfterItsCredits() {
        // lines 60.00 and 40.00; credits pay 40.00 of line 0 and nothing of line 1: bases 20.00 and 40.00 = 60.00
        // 10% of 60.00 = 6.00, split 20:40 -> 2.00 and 4.00; total 100.00 - 40.00 + 6.00 = 66.00
        InvoiceDraft draft = aDraft(usd("60.00"), usd("40.00")).tax(Tax.percentage("tax_10", dec("10"))).build();

        InvoiceCalculation c = withCredits(calculate(draft), draft, usd("40.00"), usd("0"));

        assertThat(c.lineItems()).extracting(InvoiceLineItem::taxAmount).containsExactly(usd("2.00"), usd("4.00"));
        assertThat(c.total()).isEqualTo(usd("66.00"));
    }

    @Test
    void creditsPayingEverythingLeaveNoTaxAndAFixedTaxIsNotCharged() {
        // 30.00 paid in full by credits: taxable 0.00, so neither 10% (0.00) nor the fixed 1.50 is charged
        InvoiceDraft draft = aDraft(usd("30.00")).tax(Tax.percentage("tax_10", dec("10")))
                .tax(Tax.fixed("tax_fee", dec("1.50"))).build();

        InvoiceCalculation c = withCredits(calculate(draft), draft, usd("30.00"));

        assertThat(c.totalTax()).isEqualTo(usd("0"));
        assertThat(c.total()).isEqualTo(usd("0"));
    }

    @Test
    void aLineCannotBePaidMoreThanIsLeftOfItAfterItsDiscounts() {
        // 100.00 less 10% = 90.00: 90.01 is more than is left
        InvoiceDraft draft = aDraft(usd("100.00")).discount(Discount.percentOff("coupon_10", dec("10"))).build();
        InvoiceCalculation c = calculate(draft);

        assertThatThrownBy(() -> withCredits(c, draft, usd("90.01"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSubscriptionDraftPaidInFullByCreditsIsFinalizedAndPaidNotSkipped() {
        // 25.00 paid in full by credits: total 0.00, yet the period owed something
        InvoiceDraft draft = aDraft(usd("25.00")).forSubscription().build();
        Invoice invoice = Invoice.draft(InvoiceId.of("inv_1"), Scope.of("tenant_1", "env_1"), draft,
                Drafts.lineIds(draft), AUDIT);

        Invoice paid = invoice.withPrepaidCredits(List.of(usd("25.00")), List.of(InvoiceLineItemId.of("inv_line_2")),
                AUDIT);

        assertThat(paid.amounts().total()).isEqualTo(usd("0"));
        assertThat(paid.amounts().prepaidCreditsApplied()).isEqualTo(usd("25.00"));
        assertThat(paid.closesAsSkipped()).isFalse();
        assertThat(paid.lineItems().get(0).id()).as("a changed line is a new line").isEqualTo(
                InvoiceLineItemId.of("inv_line_2"));
        Invoice finalized = paid.finalized("INV-1", AUDIT.createdAt(), AUDIT.createdAt(), AUDIT);
        assertThat(finalized.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThatThrownBy(() -> paid.withPrepaidCredits(List.of(usd("0")), List.of(InvoiceLineItemId.of("inv_line_3")), AUDIT))
                .isInstanceOf(IllegalStateException.class);
    }
}
