package io.flexprice.sdk.invoices;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.error;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.errors.ConflictException;
import io.flexprice.sdk.prices.PriceType;
import io.flexprice.sdk.support.TestClients;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Invoices on the wire: FlexPrice's paths, snake_case bodies, decimal strings read exactly. */
class InvoicesServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String INVOICE = """
            {"id": "inv_1", "customer_id": "cust_1", "invoice_type": "ONE_OFF", "invoice_status": "DRAFT",
             "payment_status": "PENDING", "currency": "usd", "amount_due": "15.51", "amount_paid": "0",
             "amount_remaining": "15.51", "subtotal": "15.51", "total_discount": "0", "total_tax": "0",
             "total": "15.51", "billing_reason": "MANUAL", "period_start": "2026-03-01T00:00:00Z",
             "line_items": [{"id": "li_1", "invoice_id": "inv_1", "price_type": "FIXED", "display_name": "Setup",
               "amount": "10.01", "quantity": "1", "currency": "usd", "tax_amount": "0"}],
             "coupon_applications": [], "taxes": [{"tax_rate_id": "tax_1", "taxable_amount": "15.51",
               "tax_amount": "0", "tax_rate_type": "percentage", "tax_rate_value": "0"}],
             "metadata": {"po": "42"}, "status": "published", "some_future_field": {"x": 1}}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void aOneOffInvoiceIsSentWithItsLinesAsDecimalStringsAndReadBackExactly() {
        server.stubFor(post("/v1/invoices").willReturn(json(201, INVOICE)));

        Invoice invoice = client().invoices().create(CreateInvoiceParams.builder().customerId("cust_1")
                .currency("usd").invoiceStatus(InvoiceStatus.DRAFT).amountDue("15.51").subtotal("15.51")
                .total("15.51").dueDate(Instant.parse("2026-03-31T00:00:00Z")).putMetadata("po", "42")
                .addLineItem(CreateInvoiceLineItemParams.builder().amount("10.005").quantity("1")
                        .displayName("Setup").priceType(PriceType.FIXED).build())
                .build());

        server.verify(postRequestedFor(urlEqualTo("/v1/invoices")).withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("""
                        {"customer_id": "cust_1", "currency": "usd", "invoice_status": "DRAFT", "amount_due": "15.51",
                         "subtotal": "15.51", "total": "15.51", "due_date": "2026-03-31T00:00:00Z",
                         "metadata": {"po": "42"}, "line_items": [{"amount": "10.005", "quantity": "1",
                         "display_name": "Setup", "price_type": "FIXED"}]}""")));
        assertThat(invoice.amountDue()).isEqualTo(new BigDecimal("15.51"));
        assertThat(invoice.invoiceType()).isEqualTo(InvoiceType.ONE_OFF);
        assertThat(invoice.billingReason()).isEqualTo(BillingReason.MANUAL);
        assertThat(invoice.periodStart()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(invoice.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(new BigDecimal("10.01"));
            assertThat(line.priceType()).isEqualTo(PriceType.FIXED);
        });
        assertThat(invoice.taxes()).singleElement().satisfies(tax ->
                assertThat(tax.taxableAmount()).isEqualTo(new BigDecimal("15.51")));
        assertThat(invoice.metadata()).containsEntry("po", "42");
    }

    @Test
    void getAndUpdateUseTheInvoicesPath() {
        server.stubFor(get("/v1/invoices/inv_1").willReturn(json(200, INVOICE)));
        server.stubFor(put("/v1/invoices/inv_1").willReturn(json(200, INVOICE)));

        assertThat(client().invoices().get("inv_1").id()).isEqualTo("inv_1");
        client().invoices().update("inv_1", UpdateInvoiceParams.builder().invoicePdfUrl("https://pdf.test/1")
                .build());

        server.verify(putRequestedFor(urlEqualTo("/v1/invoices/inv_1"))
                .withRequestBody(equalToJson("{\"invoice_pdf_url\": \"https://pdf.test/1\"}")));
    }

    @Test
    void invoicesAreSearchedWithTheirFiltersAndPagedByOffset() {
        server.stubFor(post("/v1/invoices/search").withRequestBody(equalToJson("""
                {"customer_id": "cust_1", "invoice_status": ["FINALIZED"], "payment_status": ["PENDING"],
                 "amount_due_gt": 10, "limit": 1}""")).willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 1, "offset": 0, "total": 2}}""".formatted(INVOICE))));
        server.stubFor(post("/v1/invoices/search").withRequestBody(equalToJson("""
                {"customer_id": "cust_1", "invoice_status": ["FINALIZED"], "payment_status": ["PENDING"],
                 "amount_due_gt": 10, "limit": 1, "offset": 1}""")).willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 1, "offset": 1, "total": 2}}"""
                .formatted(INVOICE.replace("inv_1", "inv_2")))));

        var page = client().invoices().list(InvoiceListParams.builder().customerId("cust_1")
                .addInvoiceStatus(InvoiceStatus.FINALIZED).addPaymentStatus(PaymentStatus.PENDING)
                .amountDueGt(BigDecimal.TEN).limit(1).build());

        assertThat(page.fetchAll()).extracting(Invoice::id).containsExactly("inv_1", "inv_2");
        server.verify(2, postRequestedFor(urlEqualTo("/v1/invoices/search")).withoutHeader("Idempotency-Key"));
    }

    @Test
    void aPreviewIsAReadForASubscriptionAndPeriod() {
        server.stubFor(post("/v1/invoices/preview").willReturn(json(200, INVOICE)));

        client().invoices().preview(PreviewInvoiceParams.builder().subscriptionId("sub_1")
                .periodStart(Instant.parse("2026-03-01T00:00:00Z")).periodEnd(Instant.parse("2026-04-01T00:00:00Z"))
                .build());

        server.verify(postRequestedFor(urlEqualTo("/v1/invoices/preview")).withoutHeader("Idempotency-Key")
                .withRequestBody(equalToJson("""
                        {"subscription_id": "sub_1", "period_start": "2026-03-01T00:00:00Z",
                         "period_end": "2026-04-01T00:00:00Z"}""")));
    }

    @Test
    void finalizeVoidAndAttemptPaymentSendNoBodyAndReadTheSuccessMessage() {
        server.stubFor(post("/v1/invoices/inv_1/finalize")
                .willReturn(json(200, "{\"message\": \"invoice finalized successfully\"}")));
        server.stubFor(post("/v1/invoices/inv_1/void")
                .willReturn(json(200, "{\"message\": \"invoice voided successfully\"}")));
        server.stubFor(post("/v1/invoices/inv_1/payment/attempt")
                .willReturn(json(200, "{\"message\": \"paid 30 from prepaid credits\"}")));

        assertThat(client().invoices().finalizeInvoice("inv_1").message())
                .isEqualTo("invoice finalized successfully");
        assertThat(client().invoices().voidInvoice("inv_1").message()).isEqualTo("invoice voided successfully");
        assertThat(client().invoices().attemptPayment("inv_1").message()).isEqualTo("paid 30 from prepaid credits");

        server.verify(postRequestedFor(urlEqualTo("/v1/invoices/inv_1/finalize"))
                .withHeader("Idempotency-Key", matching(".+")).withRequestBody(absent()));
        server.verify(postRequestedFor(urlEqualTo("/v1/invoices/inv_1/void")).withRequestBody(absent()));
        server.verify(postRequestedFor(urlEqualTo("/v1/invoices/inv_1/payment/attempt"))
                .withHeader("Idempotency-Key", matching(".+")));
    }

    @Test
    void voidingWithMetadataSendsIt() {
        server.stubFor(post("/v1/invoices/inv_1/void")
                .willReturn(json(200, "{\"message\": \"invoice voided successfully\"}")));

        client().invoices().voidInvoice("inv_1", VoidInvoiceParams.builder().putMetadata("reason", "twice").build());

        server.verify(postRequestedFor(urlEqualTo("/v1/invoices/inv_1/void"))
                .withRequestBody(equalToJson("{\"metadata\": {\"reason\": \"twice\"}}")));
    }

    @Test
    void thePaymentStatusIsPutWithItsAmountAsADecimalString() {
        server.stubFor(put("/v1/invoices/inv_1/payment").willReturn(json(200, INVOICE)));

        client().invoices().updatePaymentStatus("inv_1", UpdatePaymentStatusParams.builder()
                .paymentStatus(PaymentStatus.PENDING).amount("15").build());

        server.verify(putRequestedFor(urlEqualTo("/v1/invoices/inv_1/payment"))
                .withRequestBody(equalToJson("{\"payment_status\": \"PENDING\", \"amount\": \"15\"}")));
    }

    @Test
    void recalculateSaysWhetherToFinalizeInTheQuery() {
        server.stubFor(post(urlEqualTo("/v1/invoices/inv_1/recalculate?finalize=false")).willReturn(json(200, INVOICE)));
        server.stubFor(post(urlEqualTo("/v1/invoices/inv_1/recalculate?finalize=true")).willReturn(json(200, INVOICE)));

        client().invoices().recalculate("inv_1", false);
        client().invoices().recalculate("inv_1");

        server.verify(postRequestedFor(urlEqualTo("/v1/invoices/inv_1/recalculate?finalize=false")));
        server.verify(postRequestedFor(urlEqualTo("/v1/invoices/inv_1/recalculate?finalize=true")));
    }

    @Test
    void theCustomerSummaryIsReadPerCurrency() {
        server.stubFor(get("/v1/customers/cust_1/invoices/summary").willReturn(json(200, """
                {"customer_id": "cust_1", "default_currency": "usd", "summaries": [{"customer_id": "cust_1",
                 "currency": "usd", "total_revenue_amount": "80", "total_unpaid_amount": "65",
                 "total_overdue_amount": "0", "total_invoice_count": 2, "unpaid_invoice_count": 2,
                 "overdue_invoice_count": 0, "unpaid_usage_charges": "0", "unpaid_fixed_charges": "65"}]}""")));

        CustomerInvoiceSummary summary = client().invoices().customerSummary("cust_1");

        assertThat(summary.defaultCurrency()).isEqualTo("usd");
        assertThat(summary.summaries()).singleElement().satisfies(usd -> {
            assertThat(usd.totalRevenueAmount()).isEqualTo(new BigDecimal("80"));
            assertThat(usd.totalUnpaidAmount()).isEqualTo(new BigDecimal("65"));
            assertThat(usd.totalInvoiceCount()).isEqualTo(2);
        });
    }

    @Test
    void aLifecycleRefusalIsAConflictWithTheServersCode() {
        server.stubFor(post("/v1/invoices/inv_1/finalize")
                .willReturn(error(409, "invoice.not_draft", "only a draft can be finalized")));

        assertThatThrownBy(() -> client().invoices().finalizeInvoice("inv_1"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("invoice.not_draft"));
    }

    @Test
    void anUnknownStatusIsKeptAsItCame() {
        server.stubFor(get("/v1/invoices/inv_1").willReturn(json(200,
                INVOICE.replace("\"DRAFT\"", "\"ARCHIVED\""))));

        Invoice invoice = client().invoices().get("inv_1");

        assertThat(invoice.invoiceStatus().value()).isEqualTo("ARCHIVED");
        assertThat(invoice.invoiceStatus().isKnown()).isFalse();
    }
}
