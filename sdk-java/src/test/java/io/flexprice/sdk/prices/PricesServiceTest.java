package io.flexprice.sdk.prices;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.errors.FieldError;
import io.flexprice.sdk.errors.ValidationException;
import io.flexprice.sdk.support.TestClients;
import java.math.BigDecimal;
import java.time.Instant;
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

    @Test
    void aPriceIsCreatedForAWindowOfTimeAndReadBackWithItsDates() {
        server.stubFor(post("/v1/prices").willReturn(json(201, """
                {"id": "price_3", "amount": "5", "currency": "usd", "start_date": "2020-01-01T00:00:00Z",
                 "end_date": "2021-01-01T00:00:00Z"}""")));

        Price price = client().prices().create(CreatePriceParams.builder().amount("5").currency("usd")
                .startDate(Instant.parse("2020-01-01T00:00:00Z")).endDate(Instant.parse("2021-01-01T00:00:00Z"))
                .build());

        server.verify(postRequestedFor(urlEqualTo("/v1/prices")).withRequestBody(equalToJson("""
                {"amount": "5", "currency": "usd", "start_date": "2020-01-01T00:00:00Z",
                 "end_date": "2021-01-01T00:00:00Z"}""")));
        assertThat(price.startDate()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(price.endDate()).isEqualTo(Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(price.parentPriceId()).isNull();
    }

    @Test
    void aTermChangeSendsTheNewTermsWithEffectiveFromAndAnswersTheNewVersion() {
        server.stubFor(put("/v1/prices/price_1").willReturn(json(200, """
                {"id": "price_2", "amount": "0", "billing_model": "TIERED", "tier_mode": "VOLUME",
                 "tiers": [{"up_to": 10, "unit_amount": "1.50"}, {"unit_amount": "1.25"}],
                 "start_date": "2099-01-01T00:00:00Z", "parent_price_id": "price_1", "lookup_key": "pro_tokens"}""")));

        Price next = client().prices().update("price_1", UpdatePriceParams.builder()
                .billingModel(BillingModel.TIERED).tierMode(TierMode.VOLUME)
                .addTier(PriceTier.upTo("10", "1.50")).addTier(PriceTier.above("1.25"))
                .effectiveFrom(Instant.parse("2099-01-01T00:00:00Z")).build());

        server.verify(putRequestedFor(urlEqualTo("/v1/prices/price_1")).withRequestBody(equalToJson("""
                {"billing_model": "TIERED", "tier_mode": "VOLUME",
                 "tiers": [{"up_to": 10, "unit_amount": "1.50"}, {"unit_amount": "1.25"}],
                 "effective_from": "2099-01-01T00:00:00Z"}""")));
        assertThat(next.parentPriceId()).isEqualTo("price_1");
        assertThat(next.startDate()).isEqualTo(Instant.parse("2099-01-01T00:00:00Z"));
        assertThat(next.tiers().get(0).unitAmount()).isEqualTo(new BigDecimal("1.50"));
    }

    @Test
    void versionsAreListedByTheirParentAndEndedOnesOnlyWhenAsked() {
        server.stubFor(post("/v1/prices/search").willReturn(json(200, """
                {"items": [], "pagination": {"limit": 50, "offset": 0, "total": 0}}""")));

        client().prices().list(PriceListParams.builder().parentPriceId("price_1").allowExpiredPrices(true)
                .entityType(PriceEntityType.PLAN).startDateLt(Instant.parse("2026-01-01T00:00:00Z")).build());

        server.verify(postRequestedFor(urlEqualTo("/v1/prices/search")).withRequestBody(equalToJson("""
                {"parent_price_id": "price_1", "allow_expired_prices": true, "entity_type": "PLAN",
                 "start_date_lt": "2026-01-01T00:00:00Z"}""")));
    }

    @Test
    void anEffectiveFromInThePastIsAValidationErrorNamingIt() {
        server.stubFor(put("/v1/prices/price_1").willReturn(json(400, """
                {"success": false, "error": {"message": "invalid request", "code": "request.invalid",
                 "details": [{"field": "effective_from", "message": "must not be in the past"}]}}""")));

        assertThatThrownBy(() -> client().prices().update("price_1", UpdatePriceParams.builder().amount("69.00")
                .effectiveFrom(Instant.parse("2000-01-01T00:00:00Z")).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
                        .extracting(FieldError::field).containsExactly("effective_from"));
    }
}
