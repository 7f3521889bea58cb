package io.flexprice.domain.invoice;

import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.invoice.Drafts.aDraft;
import static io.flexprice.domain.invoice.Drafts.anEmptyDraft;
import static io.flexprice.domain.invoice.Drafts.calculate;
import static io.flexprice.domain.money.Monies.USD;
import static io.flexprice.domain.money.Monies.eur;
import static io.flexprice.domain.money.Monies.jpy;
import static io.flexprice.domain.money.Monies.kwd;
import static io.flexprice.domain.money.Monies.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.invoice.InvoiceDraft.Discount;
import io.flexprice.domain.invoice.InvoiceDraft.Tax;
import io.flexprice.domain.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceCalculatorTest {

    private static List<Money> amounts(InvoiceCalculation c) {
        return c.lineItems().stream().map(InvoiceLineItem::amount).toList();
    }

    private static List<Money> taxes(InvoiceCalculation c) {
        return c.lineItems().stream().map(InvoiceLineItem::taxAmount).toList();
    }

    private static List<Money> invoiceDiscounts(InvoiceCalculation c) {
        return c.lineItems().stream().map(InvoiceLineItem::invoiceLevelDiscount).toList();
    }

    @Test
    void eachLineIsRoundedHalfUpOnceAndTheSubtotalIsTheSumOfTheRoundedLines() {
        // 10.005 -> 10.01 (half up), 5.004 -> 5.00, 0.333 -> 0.33: 10.01 + 5.00 + 0.33 = 15.34 (not round(15.342))
        InvoiceCalculation c = calculate(aDraft(usd("10.005"), usd("5.004"), usd("0.333")).build());

        assertThat(amounts(c)).containsExactly(usd("10.01"), usd("5.00"), usd("0.33"));
        assertThat(c.subtotal()).isEqualTo(usd("15.34"));
        assertThat(c.totalDiscount()).isEqualTo(usd("0"));
        assertThat(c.totalTax()).isEqualTo(usd("0"));
        assertThat(c.total()).isEqualTo(usd("15.34"));
    }

    @Test
    void yenHasNoMinorUnitSoLinesAndTaxesRoundToWholeYen() {
        // 100.5 -> 101, 200.4 -> 200; subtotal 301; 10% = 30.1 -> 30
        // tax split 30 over 101:200: 30×101/301 = 10 r 20, 30×200/301 = 19 r 281; the spare yen goes to line 1
        InvoiceCalculation c = calculate(aDraft(jpy("100.5"), jpy("200.4"))
                .tax(Tax.percentage("tax_vat", dec("10"))).build());

        assertThat(amounts(c)).containsExactly(jpy("101"), jpy("200"));
        assertThat(c.totalTax()).isEqualTo(jpy("30"));
        assertThat(taxes(c)).containsExactly(jpy("10"), jpy("20"));
        assertThat(c.total()).isEqualTo(jpy("331"));
    }

    @Test
    void kuwaitiDinarHasThreeDecimalPlaces() {
        // 1.2345 -> 1.235, 2.0004 -> 2.000; subtotal 3.235; 5% = 0.16175 -> 0.162
        // split 162 fils over 1235:2000: 162×1235/3235 = 61 r 2735, 162×2000/3235 = 100 r 500; the spare fils to line 0
        InvoiceCalculation c = calculate(aDraft(kwd("1.2345"), kwd("2.0004"))
                .tax(Tax.percentage("tax_vat", dec("5"))).build());

        assertThat(amounts(c)).containsExactly(kwd("1.235"), kwd("2.000"));
        assertThat(c.totalTax()).isEqualTo(kwd("0.162"));
        assertThat(taxes(c)).containsExactly(kwd("0.062"), kwd("0.100"));
        assertThat(c.total()).isEqualTo(kwd("3.397"));
    }

    @Test
    void aCentOfInvoiceDiscountOverThreeEqualLinesGoesToTheFirst() {
        // 1 cent over 100:100:100 cents: each share 0 r 100; the one missing cent goes to the earliest line
        InvoiceCalculation c = calculate(aDraft(usd("1.00"), usd("1.00"), usd("1.00"))
                .discount(Discount.amountOff("coupon_cent", dec("0.01"))).build());

        assertThat(invoiceDiscounts(c)).containsExactly(usd("0.01"), usd("0.00"), usd("0.00"));
        assertThat(c.totalDiscount()).isEqualTo(usd("0.01"));
        assertThat(c.total()).isEqualTo(usd("2.99"));
    }

    @Test
    void aCentOfFixedTaxOverThreeEqualLinesGoesToTheFirst() {
        // 3.00 taxable; fixed tax 0.01 split over 1:1:1 -> 0.01, 0, 0
        InvoiceCalculation c = calculate(aDraft(usd("1.00"), usd("1.00"), usd("1.00"))
                .tax(Tax.fixed("tax_stamp", dec("0.01"))).build());

        assertThat(taxes(c)).containsExactly(usd("0.01"), usd("0.00"), usd("0.00"));
        assertThat(c.total()).isEqualTo(usd("3.01"));
    }

    @Test
    void aHundredPercentDiscountBringsTheInvoiceToZeroAndNoTaxIsCharged() {
        // 10.00 + 5.50 = 15.50, all discounted, split 10.00 / 5.50; taxable 0: 10% of 0 = 0, the fixed tax not charged
        InvoiceCalculation c = calculate(aDraft(usd("10.00"), usd("5.50"))
                .discount(Discount.percentOff("coupon_free", dec("100")))
                .tax(Tax.percentage("tax_vat", dec("10")))
                .tax(Tax.fixed("tax_stamp", dec("2.00"))).build());

        assertThat(invoiceDiscounts(c)).containsExactly(usd("10.00"), usd("5.50"));
        assertThat(c.totalDiscount()).isEqualTo(usd("15.50"));
        assertThat(c.taxes()).extracting(AppliedTax::taxAmount).containsExactly(usd("0"), usd("0"));
        assertThat(c.total()).isEqualTo(usd("0"));
        assertThat(c.lineItems()).allSatisfy(line -> assertThat(line.total()).isEqualTo(usd("0")));
    }

    @Test
    void aFixedDiscountLargerThanTheSubtotalTakesOnlyTheSubtotal() {
        // subtotal 15.50; 20.00 off is capped at 15.50; the record says 15.50 -> 0
        InvoiceCalculation c = calculate(aDraft(usd("10.00"), usd("5.50"))
                .discount(Discount.amountOff("coupon_big", dec("20.00"))).build());

        assertThat(c.totalDiscount()).isEqualTo(usd("15.50"));
        assertThat(c.total()).isEqualTo(usd("0"));
        AppliedDiscount applied = c.discounts().get(0);
        assertThat(applied.originalPrice()).isEqualTo(usd("15.50"));
        assertThat(applied.discountedAmount()).isEqualTo(usd("15.50"));
        assertThat(applied.finalPrice()).isEqualTo(usd("0"));
        assertThat(applied.lineItemId()).isNull();
    }

    @Test
    void lineDiscountThenInvoiceDiscountThenTaxOnTheDiscountedAmount() {
        // A 100.00, B 50.00. 10% off B = 5.00 (B left 45.00).
        // 30.00 off the invoice over what is left, 100:45 in cents: 3000×100/145 = 2068 r 140, 3000×45/145 = 931 r 5;
        //   the spare cent to A: A 20.69, B 9.31.
        // taxable 150.00 - 5.00 - 30.00 = 115.00; 8% = 9.20, split over nets A 79.31 : B 35.69:
        //   920×7931/11500 = 634 r 5520, 920×3569/11500 = 285 r 5980; the spare cent to B: A 6.34, B 2.86.
        // total 115.00 + 9.20 = 124.20; A 100 - 20.69 + 6.34 = 85.65; B 50 - 5 - 9.31 + 2.86 = 38.55
        InvoiceCalculation c = calculate(aDraft(usd("100.00"), usd("50.00"))
                .discount(Discount.percentOff("coupon_b", dec("10")).onLine(1))
                .discount(Discount.amountOff("coupon_all", dec("30.00")))
                .tax(Tax.percentage("tax_vat", dec("8"))).build());

        InvoiceLineItem a = c.lineItems().get(0);
        InvoiceLineItem b = c.lineItems().get(1);
        assertThat(b.lineItemDiscount()).isEqualTo(usd("5.00"));
        assertThat(a.lineItemDiscount()).isEqualTo(usd("0"));
        assertThat(invoiceDiscounts(c)).containsExactly(usd("20.69"), usd("9.31"));
        assertThat(taxes(c)).containsExactly(usd("6.34"), usd("2.86"));
        assertThat(c.totalDiscount()).isEqualTo(usd("35.00"));
        assertThat(c.totalTax()).isEqualTo(usd("9.20"));
        assertThat(c.total()).isEqualTo(usd("124.20"));
        assertThat(a.total()).isEqualTo(usd("85.65"));
        assertThat(b.total()).isEqualTo(usd("38.55"));
        assertThat(c.discounts()).extracting(AppliedDiscount::lineItemId)
                .containsExactly(InvoiceLineItemId.of("line_1"), null);
        assertThat(c.discounts().get(0).originalPrice()).isEqualTo(usd("50.00"));
        assertThat(c.discounts().get(0).finalPrice()).isEqualTo(usd("45.00"));
        assertThat(c.discounts().get(1).originalPrice()).isEqualTo(usd("145.00"));
        assertThat(c.discounts().get(1).finalPrice()).isEqualTo(usd("115.00"));
        assertThat(c.taxes().get(0).taxableAmount()).isEqualTo(usd("115.00"));
    }

    @Test
    void aPercentageIsRoundedHalfUpToTheMinorUnit() {
        // 33.33 × 15% = 4.9995 -> 5.00
        InvoiceCalculation c = calculate(aDraft(usd("33.33"))
                .discount(Discount.percentOff("coupon_15", dec("15"))).build());

        assertThat(c.totalDiscount()).isEqualTo(usd("5.00"));
        assertThat(c.total()).isEqualTo(usd("28.33"));
    }

    @Test
    void taxesDoNotCompound() {
        // 10% and 5% of 100.00, each on 100.00: 10.00 + 5.00
        InvoiceCalculation c = calculate(aDraft(usd("100.00"))
                .tax(Tax.percentage("tax_state", dec("10")))
                .tax(Tax.percentage("tax_city", dec("5"))).build());

        assertThat(c.taxes()).extracting(AppliedTax::taxAmount).containsExactly(usd("10.00"), usd("5.00"));
        assertThat(c.total()).isEqualTo(usd("115.00"));
    }

    @Test
    void discountsApplyInTurnToWhatIsLeft() {
        // 50% of 80.00 = 40.00, then 50% of the 40.00 left = 20.00
        InvoiceCalculation c = calculate(aDraft(usd("80.00"))
                .discount(Discount.percentOff("coupon_1", dec("50")))
                .discount(Discount.percentOff("coupon_2", dec("50"))).build());

        assertThat(c.discounts()).extracting(AppliedDiscount::discountedAmount)
                .containsExactly(usd("40.00"), usd("20.00"));
        assertThat(c.total()).isEqualTo(usd("20.00"));
    }

    @Test
    void aNegativeLineLowersTheInvoiceButNeverTakesADiscountOrATax() {
        // 100.00 - 30.00 = 70.00; 50% off = 35.00, all on line 0 (line 1 has nothing to discount);
        // taxable 35.00; 10% = 3.50, all on line 0; total 38.50 = (100 - 35 + 3.50) + (-30)
        InvoiceCalculation c = calculate(aDraft(usd("100.00"), usd("-30.00"))
                .discount(Discount.percentOff("coupon_half", dec("50")))
                .tax(Tax.percentage("tax_vat", dec("10"))).build());

        assertThat(invoiceDiscounts(c)).containsExactly(usd("35.00"), usd("0"));
        assertThat(taxes(c)).containsExactly(usd("3.50"), usd("0"));
        assertThat(c.lineItems()).extracting(InvoiceLineItem::total).containsExactly(usd("68.50"), usd("-30.00"));
        assertThat(c.total()).isEqualTo(usd("38.50"));
    }

    @Test
    void linesSummingToANegativeAmountAreRefused() {
        // 10.00 - 10.01 = -0.01
        assertThatThrownBy(() -> calculate(aDraft(usd("10.00"), usd("-10.01")).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_NEGATIVE_TOTAL);
                    assertThat(e.violations()).extracting(ValidationException.Violation::field)
                            .containsExactly("line_items");
                });
    }

    @Test
    void aDraftWithoutLinesComesToZero() {
        InvoiceCalculation c = calculate(anEmptyDraft(USD).tax(Tax.fixed("tax_stamp", dec("1.00"))).build());

        assertThat(c.lineItems()).isEmpty();
        assertThat(c.total()).isEqualTo(usd("0"));
    }

    @Test
    void theLinesPartsAlwaysSumToTheInvoiceTotals() {
        // seven lines of 1/7 of a euro each and awkward percentages: whatever the remainders, the parts add up
        InvoiceCalculation c = calculate(aDraft(eur("0.142857"), eur("0.142857"), eur("0.142857"), eur("0.142857"),
                eur("0.142857"), eur("0.142857"), eur("0.142857"))
                .discount(Discount.percentOff("coupon", dec("33.3333")))
                .tax(Tax.percentage("tax_vat", dec("19")))
                .tax(Tax.fixed("tax_stamp", dec("0.05"))).build());

        Money lineTotals = c.lineItems().stream().map(InvoiceLineItem::total).reduce(eur("0"), Money::plus);
        Money lineTaxes = c.lineItems().stream().map(InvoiceLineItem::taxAmount).reduce(eur("0"), Money::plus);
        Money lineDiscounts = c.lineItems().stream().map(InvoiceLineItem::discount).reduce(eur("0"), Money::plus);
        // 7 × 0.14 = 0.98; 33.3333% of 0.98 = 0.32666... -> 0.33; taxable 0.65; 19% = 0.1235 -> 0.12; +0.05 = 0.17
        assertThat(c.subtotal()).isEqualTo(eur("0.98"));
        assertThat(lineDiscounts).isEqualTo(c.totalDiscount()).isEqualTo(eur("0.33"));
        assertThat(lineTaxes).isEqualTo(c.totalTax()).isEqualTo(eur("0.17"));
        assertThat(lineTotals).isEqualTo(c.total()).isEqualTo(eur("0.82"));
    }
}
