package io.flexprice.sdk.prices;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.support.TestClients;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Prices on the wire: amounts as decimal strings both ways, exactly as given. */
class PricesServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final String TIERED = """
            {"id": "price_1", "amount": "0", "currency": "usd", "type": "USAGE", "billing_model": "TIERED",
             "tier_mode": "SLAB", "billing_cadence": "RECURRING", "billing_period": "MONTHLY",
             "billing_period_count": 1, "invoice_cadence": "ARREAR", "meter_id": "meter_1",
             "entity_type": "PLAN", "entity_id": "plan_1", "plan_id": "plan_1", "lookup_key": "pro_tokens",
             "tiers": [{"up_to": 1000, "unit_amount": "0.01"}, {"unit_amount": "0.005", "flat_amount": "2.50"}],
             "price_unit_type": "FIAT", "status": "published"}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void aTieredPriceIsSentWithAmountsAsStringsAndUpToAsANumber() {
        server.stubFor(post("/v1/prices").willReturn(json(201, TIERED)));

        Price price = client().prices().create(CreatePriceParams.builder()
                .type(PriceType.USAGE).billingModel(BillingModel.TIERED).tierMode(TierMode.SLAB).currency("usd")
                .meterId("meter_1").billingCadence(BillingCadence.RECURRING).billingPeriod(BillingPeriod.MONTHLY)
                .invoiceCadence(InvoiceCadence.ARREAR).entityType(PriceEntityType.PLAN).entityId("plan_1")
                .lookupKey("pro_tokens")
                .addTier(PriceTier.upTo("1000", "0.01"))
                .addTier(new PriceTier(null, new BigDecimal("0.005"), new BigDecimal("2.50")))
                .build());

        server.verify(postRequestedFor(urlEqualTo("/v1/prices")).withRequestBody(equalToJson("""
                {"type": "USAGE", "billing_model": "TIERED", "tier_mode": "SLAB", "currency": "usd",
                 "meter_id": "meter_1", "billing_cadence": "RECURRING", "billing_period": "MONTHLY",
                 "invoice_cadence": "ARREAR", "entity_type": "PLAN", "entity_id": "plan_1",
                 "lookup_key": "pro_tokens",
                 "tiers": [{"up_to": 1000, "unit_amount": "0.01"}, {"unit_amount": "0.005", "flat_amount": "2.50"}]}""")));
        assertThat(price.tiers()).hasSize(2);
        assertThat(price.tiers().get(1).flatAmount()).isEqualTo(new BigDecimal("2.50"));
        assertThat(price.tiers().get(1).upTo()).isNull();
        assertThat(price.billingModel()).isEqualTo(BillingModel.TIERED);
    }

    @Test
    void aFlatFeeKeepsTheScaleItWasGivenAndTheServerAnswered() {
        server.stubFor(post("/v1/prices").willReturn(json(201, """
                {"id": "price_2", "amount": "49.00", "currency": "usd", "type": "FIXED", "billing_model": "FLAT_FEE",
                 "min_quantity": "1.5", "transform_quantity": {"divide_by": 100, "round": "up"}}""")));

        Price price = client().prices().create(CreatePriceParams.builder().type(PriceType.FIXED)
                .billingModel(BillingModel.FLAT_FEE).amount("49.00").currency("usd").minQuantity("1.5")
                .transformQuantity(TransformQuantity.of("100", RoundType.UP)).build());

        server.verify(postRequestedFor(urlEqualTo("/v1/prices")).withRequestBody(equalToJson("""
                {"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "49.00", "currency": "usd",
                 "min_quantity": "1.5", "transform_quantity": {"divide_by": 100, "round": "up"}}""")));
        assertThat(price.amount()).isEqualTo(new BigDecimal("49.00"));
        assertThat(price.minQuantity()).isEqualTo(new BigDecimal("1.5"));
        assertThat(price.transformQuantity().round()).isEqualTo(RoundType.UP);
    }

    @Test
    void bulkCreateSendsItemsAndReturnsThePricesInOrder() {
        server.stubFor(post("/v1/prices/bulk").willReturn(json(201, "{\"items\": [%s]}".formatted(TIERED))));

        List<Price> created = client().prices().createBulk(List.of(CreatePriceParams.builder().lookupKey("a").build()));

        server.verify(postRequestedFor(urlEqualTo("/v1/prices/bulk"))
                .withRequestBody(equalToJson("{\"items\": [{\"lookup_key\": \"a\"}]}")));
        assertThat(created).extracting(Price::id).containsExactly("price_1");
    }

    @Test
    void aPriceIsFoundByItsLookupKey() {
        server.stubFor(get("/v1/prices/lookup/pro_tokens").willReturn(json(200, TIERED)));

        assertThat(client().prices().getByLookupKey("pro_tokens").meterId()).isEqualTo("meter_1");
    }
}
