package io.flexprice.sdk.customers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.CUSTOMER;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.common.Status;
import io.flexprice.sdk.support.TestClients;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The customer operations on the wire, as FlexPrice's own SDK sends them. */
class CustomersServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void createSendsSnakeCaseFieldsLeavesUnsetOnesOutAndReadsTheCustomer() {
        server.stubFor(post("/v1/customers").willReturn(json(201, CUSTOMER)));

        Customer customer = client().customers().create(CreateCustomerParams.builder()
                .externalId("acme").name("Acme Inc").email("billing@acme.test").addressLine1("1 Main St")
                .putMetadata("tier", "gold").timezone("Europe/Berlin").build());

        server.verify(postRequestedFor(urlEqualTo("/v1/customers")).withRequestBody(equalToJson("""
                {"external_id": "acme", "name": "Acme Inc", "email": "billing@acme.test",
                 "address_line1": "1 Main St", "metadata": {"tier": "gold"}, "timezone": "Europe/Berlin"}""")));
        assertThat(customer.id()).isEqualTo("cust_1");
        assertThat(customer.metadata()).containsEntry("tier", "gold");
        assertThat(customer.status()).isEqualTo(Status.PUBLISHED);
        assertThat(customer.createdAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00.123456Z"));
    }

    @Test
    void aCustomerIsReadByIdOrByExternalIdWithThePathEncoded() {
        server.stubFor(get("/v1/customers/cust_1").willReturn(json(200, CUSTOMER)));
        server.stubFor(get("/v1/customers/external/acme%20corp").willReturn(json(200, CUSTOMER)));

        assertThat(client().customers().get("cust_1").externalId()).isEqualTo("acme");
        assertThat(client().customers().getByExternalId("acme corp").id()).isEqualTo("cust_1");
    }

    @Test
    void aBlankIdIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> client().customers().get(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client().customers().delete(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    @Test
    void updateNamesTheCustomerInTheQueryAsFlexPriceDoes() {
        server.stubFor(put(urlEqualTo("/v1/customers?id=cust_1")).willReturn(json(200, CUSTOMER)));
        server.stubFor(put(urlEqualTo("/v1/customers?external_customer_id=acme")).willReturn(json(200, CUSTOMER)));

        client().customers().update("cust_1", UpdateCustomerParams.builder().name("Acme Corp").build());
        client().customers().updateByExternalId("acme", UpdateCustomerParams.builder().email("x@acme.test").build());

        server.verify(putRequestedFor(urlEqualTo("/v1/customers?id=cust_1"))
                .withRequestBody(equalToJson("{\"name\": \"Acme Corp\"}")));
        server.verify(putRequestedFor(urlEqualTo("/v1/customers?external_customer_id=acme"))
                .withRequestBody(equalToJson("{\"email\": \"x@acme.test\"}")));
    }

    @Test
    void deleteAcceptsAnAnswerWithoutBody() {
        server.stubFor(delete("/v1/customers/cust_1").willReturn(aResponse().withStatus(204)));

        client().customers().delete("cust_1");

        server.verify(deleteRequestedFor(urlEqualTo("/v1/customers/cust_1")));
    }

    @Test
    void autoPagingWalksEveryPageByOffsetWithTheSameFilters() {
        // 5 customers in pages of 2: offsets 0, 2, 4
        for (int offset = 0; offset < 5; offset += 2) {
            String items = offset == 4 ? "[%s]".formatted(customer("c5"))
                    : "[%s, %s]".formatted(customer("c" + (offset + 1)), customer("c" + (offset + 2)));
            server.stubFor(post("/v1/customers/search")
                    .withRequestBody(matchingJsonPath("$.offset", equalTo(String.valueOf(offset))))
                    .willReturn(json(200, """
                            {"items": %s, "pagination": {"limit": 2, "offset": %d, "total": 5}}"""
                            .formatted(items, offset))));
        }

        Page<Customer> first = client().customers().list(CustomerListParams.builder()
                .status(Status.PUBLISHED).limit(2).offset(0).order(SortOrder.ASC).build());
        List<String> ids = first.autoPagingStream().map(Customer::id).toList();

        assertThat(first.items()).hasSize(2);
        assertThat(first.total()).isEqualTo(5);
        assertThat(ids).containsExactly("c1", "c2", "c3", "c4", "c5");
        server.verify(3, postRequestedFor(urlEqualTo("/v1/customers/search"))
                .withRequestBody(matchingJsonPath("$[?(@.status == 'published' && @.limit == 2 && @.order == 'asc')]")));
    }

    private static String customer(String id) {
        return "{\"id\": \"%s\", \"external_id\": \"ext-%s\", \"status\": \"published\"}".formatted(id, id);
    }
}
