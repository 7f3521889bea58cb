package io.flexprice.domain.invoice;

import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.invoice.Drafts.CUSTOMER;
import static io.flexprice.domain.money.Monies.EUR;
import static io.flexprice.domain.money.Monies.USD;
import static io.flexprice.domain.money.Monies.eur;
import static io.flexprice.domain.money.Monies.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.invoice.InvoiceDraft.Discount;
import io.flexprice.domain.invoice.InvoiceDraft.Line;
import io.flexprice.domain.invoice.InvoiceDraft.Tax;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceDraftTest {

    @Test
    void everyInvalidFieldOfADraftIsReportedAtOnce() {
        assertThat(fieldsRejected(() -> new InvoiceDraft(null, "sub_1", null, null, null,
                Arrays.asList(Line.of("a", BigDecimal.ONE, usd("1")), null),
                List.of(Discount.percentOff("c", dec("10")).onLine(5)), Arrays.asList((Tax) null), null, null,
                null)))
                .containsExactly("customer_id", "currency", "period_start", "line_items[1]", "discounts[0].line_index",
                        "taxes[0]");
    }

    @Test
    void aLineInAnotherCurrencyIsRefused() {
        assertThat(fieldsRejected(() -> InvoiceDraft.oneOff(CUSTOMER, EUR,
                List.of(Line.of("a", BigDecimal.ONE, eur("1")), Line.of("b", BigDecimal.ONE, usd("1"))))))
                .containsExactly("line_items[1].amount");
    }

    @Test
    void aLineNeedsAnAmountAndAQuantityThatIsNotNegative() {
        assertThat(fieldsRejected(() -> Line.of("a", new BigDecimal("-1"), null))).containsExactly("amount", "quantity");
    }

    @Test
    void discountsArePositiveAndAPercentageIsAtMostAHundred() {
        assertThat(fieldsRejected(() -> Discount.percentOff("c", dec("100.01")))).containsExactly("value");
        assertThat(fieldsRejected(() -> Discount.amountOff(" ", dec("0")))).containsExactly("coupon_id", "value");
        assertThat(fieldsRejected(() -> Tax.percentage("t", dec("-1")))).containsExactly("value");
    }

    @Test
    void theBillingReasonAndTypeFollowFromTheSubscription() {
        InvoiceDraft oneOff = InvoiceDraft.oneOff(CUSTOMER, USD, List.of());
        InvoiceDraft period = InvoiceDraft.forPeriod(CUSTOMER, "sub_1", Drafts.MARCH, USD, List.of());

        assertThat(oneOff.invoiceType()).isEqualTo(InvoiceType.ONE_OFF);
        assertThat(oneOff.billingReason()).isEqualTo(BillingReason.MANUAL);
        assertThat(period.invoiceType()).isEqualTo(InvoiceType.SUBSCRIPTION);
        assertThat(period.billingReason()).isEqualTo(BillingReason.SUBSCRIPTION_CYCLE);
    }
}
