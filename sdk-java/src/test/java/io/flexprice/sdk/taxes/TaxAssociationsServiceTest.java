package io.flexprice.sdk.taxes;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.common.Status;
import io.flexprice.sdk.errors.ValidationException;
import io.flexprice.sdk.support.TestClients;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tax associations on the wire: created by rate code, read with their rate, listed by query parameters. */
class TaxAssociationsServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ASSOCIATION = """
            {"id": "taxassoc_1", "tax_rate_id": "taxrate_1", "entity_type": "customer", "entity_id": "cust_1",
             "priority": 1, "auto_apply": true, "currency": "inr", "start_date": "2026-03-01T12:00:00Z",
             "metadata": {}, "tax_rate": %s, "status": "published"}""".formatted(TaxRatesServiceTest.GST);

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void aRateIsAttachedToACustomerByItsExternalIdAnd200IsTheAnswer() {
        server.stubFor(post("/v1/taxes/associations").willReturn(json(200, ASSOCIATION)));

        TaxAssociation association = client().taxAssociations().create(CreateTaxAssociationParams.builder()
                .taxRateCode("GST_18").externalCustomerId("acme").priority(1).autoApply(true).currency("inr")
                .endDate(Instant.parse("2027-01-01T00:00:00Z")).build());

        server.verify(postRequestedFor(urlEqualTo("/v1/taxes/associations")).withRequestBody(equalToJson("""
                {"tax_rate_code": "GST_18", "external_customer_id": "acme", "priority": 1, "auto_apply": true,
                 "currency": "inr", "end_date": "2027-01-01T00:00:00Z"}""")));
        assertThat(association.entityType()).isEqualTo(TaxRateEntityType.CUSTOMER);
        assertThat(association.priority()).isEqualTo(1);
        assertThat(association.autoApply()).isTrue();
        assertThat(association.taxRate().percentageValue()).isEqualTo(new BigDecimal("18.00"));
    }

    @Test
    void associationsAreListedByQueryParametersWithTheirRates() {
        server.stubFor(get(urlPathEqualTo("/v1/taxes/associations")).willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 50, "offset": 0, "total": 1}}""".formatted(ASSOCIATION))));

        Page<TaxAssociation> page = client().taxAssociations().list(TaxAssociationListParams.builder()
                .entityType(TaxRateEntityType.CUSTOMER).entityId("cust_1").taxRateId("taxrate_1").expand("tax_rate")
                .build());

        server.verify(getRequestedFor(urlEqualTo("/v1/taxes/associations?entity_type=customer&entity_id=cust_1"
                + "&tax_rate_id=taxrate_1&expand=tax_rate")));
        assertThat(page.items()).singleElement()
                .satisfies(a -> assertThat(a.taxRate().code()).isEqualTo("GST_18"));
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void anAssociationIsReadUpdatedAndDeletedAnsweringItAsDeleted() {
        server.stubFor(get("/v1/taxes/associations/taxassoc_1").willReturn(json(200, ASSOCIATION)));
        server.stubFor(put("/v1/taxes/associations/taxassoc_1").willReturn(json(200, ASSOCIATION)));
        server.stubFor(delete("/v1/taxes/associations/taxassoc_1").willReturn(json(200,
                ASSOCIATION.replace("\"status\": \"published\"", "\"status\": \"deleted\""))));

        assertThat(client().taxAssociations().get("taxassoc_1").taxRateId()).isEqualTo("taxrate_1");
        client().taxAssociations().update("taxassoc_1", UpdateTaxAssociationParams.builder().priority(0)
                .autoApply(false).build());
        TaxAssociation deleted = client().taxAssociations().delete("taxassoc_1");

        server.verify(putRequestedFor(urlEqualTo("/v1/taxes/associations/taxassoc_1"))
                .withRequestBody(equalToJson("{\"priority\": 0, \"auto_apply\": false}")));
        assertThat(deleted.status()).isEqualTo(Status.DELETED);
    }

    @Test
    void anInactiveRateIsRefusedWithItsCode() {
        server.stubFor(post("/v1/taxes/associations").willReturn(error(400, "tax_rate.inactive", "inactive")));

        assertThatThrownBy(() -> client().taxAssociations().create(CreateTaxAssociationParams.builder()
                .taxRateCode("OLD").entityType(TaxRateEntityType.TENANT).build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code()).isEqualTo("tax_rate.inactive"));
    }
}
