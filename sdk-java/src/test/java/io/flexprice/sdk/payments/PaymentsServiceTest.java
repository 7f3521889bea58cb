package io.flexprice.sdk.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.error;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.errors.ValidationException;
import io.flexprice.sdk.invoices.PaymentStatus;
import io.flexprice.sdk.support.TestClients;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Payments on the wire. */
class PaymentsServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PAYMENT = """
            {"id": "pay_1", "amount": "5.51", "currency": "usd", "destination_id": "inv_1",
             "destination_type": "INVOICE", "payment_method_type": "OFFLINE", "payment_status": "SUCCEEDED",
             "succeeded_at": "2026-03-01T12:00:00Z", "metadata": {}, "status": "published"}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void aPaymentIsRecordedAgainstAnInvoiceWithItsAmountAsADecimalString() {
        server.stubFor(post("/v1/payments").willReturn(json(201, PAYMENT)));

        Payment payment = client().payments().create(CreatePaymentParams.builder().amount("5.51").currency("usd")
                .destinationId("inv_1").paymentMethodType(PaymentMethodType.OFFLINE).build());

        server.verify(postRequestedFor(urlEqualTo("/v1/payments")).withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("""
                        {"amount": "5.51", "currency": "usd", "destination_id": "inv_1",
                         "destination_type": "INVOICE", "payment_method_type": "OFFLINE"}""")));
        assertThat(payment.amount()).isEqualTo(new BigDecimal("5.51"));
        assertThat(payment.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.paymentMethodType()).isEqualTo(PaymentMethodType.OFFLINE);
    }

    @Test
    void getUpdateProcessAndDeleteUseThePaymentsPath() {
        server.stubFor(get("/v1/payments/pay_1").willReturn(json(200, PAYMENT)));
        server.stubFor(put("/v1/payments/pay_1").willReturn(json(200, PAYMENT)));
        server.stubFor(post("/v1/payments/pay_1/process").willReturn(json(200, PAYMENT)));
        server.stubFor(delete("/v1/payments/pay_1")
                .willReturn(json(200, "{\"message\": \"payment deleted successfully\"}")));

        assertThat(client().payments().get("pay_1").destinationId()).isEqualTo("inv_1");
        client().payments().update("pay_1", UpdatePaymentParams.builder().putMetadata("ref", "wire-7").build());
        client().payments().process("pay_1");
        client().payments().delete("pay_1");

        server.verify(putRequestedFor(urlEqualTo("/v1/payments/pay_1"))
                .withRequestBody(equalToJson("{\"metadata\": {\"ref\": \"wire-7\"}}")));
        server.verify(postRequestedFor(urlEqualTo("/v1/payments/pay_1/process"))
                .withHeader("Idempotency-Key", matching(".+")));
        server.verify(deleteRequestedFor(urlEqualTo("/v1/payments/pay_1")));
    }

    @Test
    void paymentsAreListedWithTheFiltersAsQueryParameters() {
        server.stubFor(get(urlPathEqualTo("/v1/payments")).willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 10, "offset": 0, "total": 1}}""".formatted(PAYMENT))));

        var page = client().payments().list(PaymentListParams.builder().destinationId("inv_1")
                .paymentMethodType(PaymentMethodType.OFFLINE).paymentStatus(PaymentStatus.SUCCEEDED).limit(10)
                .build());

        assertThat(page.items()).extracting(Payment::id).containsExactly("pay_1");
        server.verify(getRequestedFor(urlEqualTo("/v1/payments?destination_id=inv_1&payment_method_type=OFFLINE"
                + "&payment_status=SUCCEEDED&limit=10")));
    }

    @Test
    void aPaymentBeyondWhatRemainsIsRefusedNamingTheAmount() {
        server.stubFor(post("/v1/payments").willReturn(error(400, "payment.exceeds_amount_remaining",
                "exceeds what remains")));

        assertThatThrownBy(() -> client().payments().create(CreatePaymentParams.builder().amount("99")
                .currency("usd").destinationId("inv_1").paymentMethodType(PaymentMethodType.CREDITS).build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code()).isEqualTo("payment.exceeds_amount_remaining"));
    }
}
