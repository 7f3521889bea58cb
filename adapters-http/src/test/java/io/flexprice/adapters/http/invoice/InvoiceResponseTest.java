package io.flexprice.adapters.http.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceLineItemId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceResponseTest {

    @Test
    void amountsAreDecimalStringsWithoutTrailingZerosAndTheCurrencyIsLowerCase() {
        // 100.00 - 10% = 90.00; 7.5% tax = 6.75; total 96.75
        Currency usd = Currency.getInstance("USD");
        InvoiceDraft draft = new InvoiceDraft(CustomerId.of("cust_1"), null, null, usd, null,
                List.of(InvoiceDraft.Line.of("Work", new BigDecimal("2.50"), new Money(new BigDecimal("100"), usd))),
                List.of(InvoiceDraft.Discount.percentOff("coupon_1", new BigDecimal("10"))),
                List.of(InvoiceDraft.Tax.percentage("tax_1", new BigDecimal("7.5"))), null, null, null);
        Instant at = Instant.parse("2024-03-10T12:00:00Z");
        Invoice invoice = Invoice.draft(InvoiceId.of("inv_1"), Scope.of("t", "e"), draft,
                List.of(InvoiceLineItemId.of("line_1")), Audit.createdBy("key", at));

        InvoiceResponse response = InvoiceResponse.from(invoice);

        assertThat(response.currency()).isEqualTo("usd");
        assertThat(response.subtotal()).isEqualTo("100");
        assertThat(response.totalDiscount()).isEqualTo("10");
        assertThat(response.totalTax()).isEqualTo("6.75");
        assertThat(response.total()).isEqualTo("96.75");
        assertThat(response.amountPaid()).isEqualTo("0");
        assertThat(response.invoiceStatus()).isEqualTo("DRAFT");
        assertThat(response.lineItems().get(0).quantity()).isEqualTo("2.5");
        assertThat(response.lineItems().get(0).invoiceLevelDiscount()).isEqualTo("10");
        assertThat(response.lineItems().get(0).taxAmount()).isEqualTo("6.75");
        assertThat(response.couponApplications().get(0).discountType()).isEqualTo("percentage");
        assertThat(response.couponApplications().get(0).discountPercentage()).isEqualTo("10");
        assertThat(response.taxes().get(0).taxableAmount()).isEqualTo("90");
        assertThat(response.taxes().get(0).entityType()).isEqualTo("invoice");
    }
}
