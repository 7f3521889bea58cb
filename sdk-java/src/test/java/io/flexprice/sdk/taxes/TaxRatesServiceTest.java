package io.flexprice.sdk.taxes;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.errors.ConflictException;
import io.flexprice.sdk.support.TestClients;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Tax rates on the wire: values as decimal strings, the list as a bare array (or FlexPrice's list object). */
class TaxRatesServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String GST = """
            {"id": "taxrate_1", "name": "GST", "code": "GST_18", "tax_rate_type": "percentage",
             "percentage_value": "18.00", "scope": "INTERNAL", "tax_rate_status": "ACTIVE", "status": "published"}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void aRateIsCreatedWithItsPercentageAsAStringAndReadBackExactly() {
        server.stubFor(post("/v1/taxes/rates").willReturn(json(201, GST)));

        TaxRate rate = client().taxRates().create(CreateTaxRateParams.builder().name("GST").code("GST_18")
                .taxRateType(TaxRateType.PERCENTAGE).percentageValue("18.00").build());

        server.verify(postRequestedFor(urlEqualTo("/v1/taxes/rates")).withRequestBody(equalToJson("""
                {"name": "GST", "code": "GST_18", "tax_rate_type": "percentage", "percentage_value": "18.00"}""")));
        assertThat(rate.percentageValue()).isEqualTo(new BigDecimal("18.00"));
        assertThat(rate.scope()).isEqualTo(TaxRateScope.INTERNAL);
        assertThat(rate.taxRateStatus()).isEqualTo(TaxRateStatus.ACTIVE);
    }

    @Test
    void ratesAreListedWithIdsAndCodesCommaSeparatedFromABareArray() {
        server.stubFor(get(urlPathEqualTo("/v1/taxes/rates")).willReturn(json(200, "[" + GST + "]")));

        List<TaxRate> rates = client().taxRates().list(TaxRateListParams.builder().addTaxRateCode("GST_18")
                .addTaxRateCode("VAT_20").scope(TaxRateScope.INTERNAL).limit(10).order(SortOrder.ASC).build());

        server.verify(getRequestedFor(urlEqualTo(
                "/v1/taxes/rates?taxrate_codes=GST_18%2CVAT_20&scope=INTERNAL&limit=10&order=asc")));
        assertThat(rates).extracting(TaxRate::code).containsExactly("GST_18");
    }

    @Test
    void aListAnsweredAsFlexPricesListObjectIsReadToo() {
        server.stubFor(get(urlPathEqualTo("/v1/taxes/rates")).willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 50, "offset": 0, "total": 1}}""".formatted(GST))));

        assertThat(client().taxRates().list()).extracting(TaxRate::id).containsExactly("taxrate_1");
    }

    @Test
    void aRateIsReadDeactivatedAndDeletedWithA204() {
        server.stubFor(get("/v1/taxes/rates/taxrate_1").willReturn(json(200, GST)));
        server.stubFor(put("/v1/taxes/rates/taxrate_1").willReturn(json(200, GST.replace("ACTIVE", "INACTIVE"))));
        server.stubFor(delete("/v1/taxes/rates/taxrate_1").willReturn(WireMock.noContent()));

        assertThat(client().taxRates().get("taxrate_1").code()).isEqualTo("GST_18");
        TaxRate inactive = client().taxRates().update("taxrate_1", UpdateTaxRateParams.builder()
                .taxRateStatus(TaxRateStatus.INACTIVE).build());
        client().taxRates().delete("taxrate_1");

        server.verify(putRequestedFor(urlEqualTo("/v1/taxes/rates/taxrate_1"))
                .withRequestBody(equalToJson("{\"tax_rate_status\": \"INACTIVE\"}")));
        assertThat(inactive.taxRateStatus()).isEqualTo(TaxRateStatus.INACTIVE);
        server.verify(deleteRequestedFor(urlEqualTo("/v1/taxes/rates/taxrate_1")));
    }

    @Test
    void aRateInUseCannotBeDeleted() {
        server.stubFor(delete("/v1/taxes/rates/taxrate_1").willReturn(error(409, "tax_rate.in_use", "in use")));

        assertThatThrownBy(() -> client().taxRates().delete("taxrate_1"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("tax_rate.in_use"));
    }
}
