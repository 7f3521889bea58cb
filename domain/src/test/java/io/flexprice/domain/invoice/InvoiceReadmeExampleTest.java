package io.flexprice.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invoice example of domain/README.md, as written there. */
class InvoiceReadmeExampleTest {

    @Test
    void theInvoiceExampleComesToFortyTwoEightyEight() {
        Currency usd = Currency.getInstance("USD");
        Period march = new Period(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
        InvoiceDraft draft = new InvoiceDraft(CustomerId.of("cust_1"), "sub_1", march, usd, null,
                List.of(InvoiceDraft.Line.of("Seats", new BigDecimal("3"), new Money(new BigDecimal("30"), usd)),
                        InvoiceDraft.Line.of("Tokens", new BigDecimal("100.5"),
                                new Money(new BigDecimal("10.025"), usd))),
                List.of(InvoiceDraft.Discount.percentOff("coupon_launch", new BigDecimal("10"))),
                List.of(InvoiceDraft.Tax.percentage("tax_vat", new BigDecimal("19"))), null, null, null);

        InvoiceCalculation amounts = InvoiceCalculator.calculate(draft,
                List.of(InvoiceLineItemId.of("line_1"), InvoiceLineItemId.of("line_2")));
        // lines 30.00 + 10.03 = 40.03; 10% off = 4.00; taxable 36.03; 19% = 6.85; total 42.88

        assertThat(amounts.subtotal().amount()).isEqualByComparingTo("40.03");
        assertThat(amounts.totalDiscount().amount()).isEqualByComparingTo("4.00");
        assertThat(amounts.totalTax().amount()).isEqualByComparingTo("6.85");
        assertThat(amounts.total().amount()).isEqualByComparingTo("42.88");
    }
}
