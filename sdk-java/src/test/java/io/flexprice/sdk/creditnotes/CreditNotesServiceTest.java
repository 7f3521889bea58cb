package io.flexprice.sdk.creditnotes;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.support.TestClients;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Credit notes on the wire. */
class CreditNotesServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String NOTE = """
            {"id": "cn_1", "credit_note_status": "DRAFT", "credit_note_type": "ADJUSTMENT", "reason": "BILLING_ERROR",
             "currency": "usd", "invoice_id": "inv_1", "customer_id": "cust_1", "total_amount": "30",
             "line_items": [{"id": "cnli_1", "credit_note_id": "cn_1", "invoice_line_item_id": "li_1",
               "amount": "30", "currency": "usd"}], "metadata": {}}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void aCreditNoteIsSentWithItsLinesAsDecimalStringsAndReadBack() {
        server.stubFor(post("/v1/creditnotes").willReturn(json(201, NOTE)));

        CreditNote note = client().creditNotes().create(CreateCreditNoteParams.builder().invoiceId("inv_1")
                .reason(CreditNoteReason.BILLING_ERROR).memo("typo")
                .addLineItem(CreateCreditNoteParams.LineItemParams.of("li_1", "30.00")).build());

        server.verify(postRequestedFor(urlEqualTo("/v1/creditnotes")).withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("""
                        {"invoice_id": "inv_1", "reason": "BILLING_ERROR", "memo": "typo",
                         "line_items": [{"invoice_line_item_id": "li_1", "amount": "30.00"}]}""")));
        assertThat(note.creditNoteType()).isEqualTo(CreditNoteType.ADJUSTMENT);
        assertThat(note.totalAmount()).isEqualTo(new BigDecimal("30"));
        assertThat(note.lineItems()).singleElement()
                .satisfies(line -> assertThat(line.invoiceLineItemId()).isEqualTo("li_1"));
    }

    @Test
    void finalizeAndVoidArePostsWithoutABody() {
        server.stubFor(post("/v1/creditnotes/cn_1/finalize").willReturn(json(200,
                NOTE.replace("\"DRAFT\"", "\"FINALIZED\""))));
        server.stubFor(post("/v1/creditnotes/cn_1/void").willReturn(json(200,
                NOTE.replace("\"DRAFT\"", "\"VOIDED\""))));
        server.stubFor(get("/v1/creditnotes/cn_1").willReturn(json(200, NOTE)));

        assertThat(client().creditNotes().finalizeCreditNote("cn_1").creditNoteStatus())
                .isEqualTo(CreditNoteStatus.FINALIZED);
        assertThat(client().creditNotes().voidCreditNote("cn_1").creditNoteStatus())
                .isEqualTo(CreditNoteStatus.VOIDED);
        assertThat(client().creditNotes().get("cn_1").id()).isEqualTo("cn_1");

        server.verify(postRequestedFor(urlEqualTo("/v1/creditnotes/cn_1/finalize"))
                .withHeader("Idempotency-Key", matching(".+")).withRequestBody(absent()));
        server.verify(postRequestedFor(urlEqualTo("/v1/creditnotes/cn_1/void")).withRequestBody(absent()));
    }

    @Test
    void creditNotesAreListedWithTheFiltersAsQueryParameters() {
        server.stubFor(get(urlPathEqualTo("/v1/creditnotes")).willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 50, "offset": 0, "total": 1}}""".formatted(NOTE))));

        var page = client().creditNotes().list(CreditNoteListParams.builder().invoiceId("inv_1")
                .addCreditNoteStatus(CreditNoteStatus.DRAFT).addCreditNoteStatus(CreditNoteStatus.FINALIZED)
                .creditNoteType(CreditNoteType.ADJUSTMENT).build());

        assertThat(page.items()).extracting(CreditNote::id).containsExactly("cn_1");
        server.verify(getRequestedFor(urlEqualTo("/v1/creditnotes?invoice_id=inv_1&credit_note_status=DRAFT"
                + "&credit_note_status=FINALIZED&credit_note_type=ADJUSTMENT")));
    }
}
