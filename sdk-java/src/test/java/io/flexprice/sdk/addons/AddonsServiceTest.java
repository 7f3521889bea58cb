package io.flexprice.sdk.addons;

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
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.error;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.common.Status;
import io.flexprice.sdk.errors.ConflictException;
import io.flexprice.sdk.errors.NotFoundException;
import io.flexprice.sdk.prices.BillingCadence;
import io.flexprice.sdk.prices.BillingModel;
import io.flexprice.sdk.prices.CreatePriceParams;
import io.flexprice.sdk.prices.InvoiceCadence;
import io.flexprice.sdk.prices.PriceEntityType;
import io.flexprice.sdk.prices.PriceType;
import io.flexprice.sdk.support.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Addons on the wire: created with their prices, read by id and lookup key, searched, updated, deleted. */
class AddonsServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ADDON = """
            {"id": "addon_1", "name": "Extra seats", "lookup_key": "seats", "type": "multiple_instance",
             "metadata": {"unit": "seat", "limits": {"max": 10}}, "status": "published",
             "prices": [{"id": "price_1", "amount": "5.00", "currency": "usd", "billing_model": "FLAT_FEE",
                         "entity_type": "ADDON", "entity_id": "addon_1", "start_date": "2026-03-01T12:00:00Z"}],
             "created_at": "2026-03-01T12:00:00Z"}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void anAddonIsCreatedWithItsPricesAndItsAnswerReadWithAnyMetadataValue() {
        server.stubFor(post("/v1/addons").willReturn(json(201, ADDON)));

        Addon addon = client().addons().create(CreateAddonParams.builder().name("Extra seats").lookupKey("seats")
                .type(AddonType.MULTIPLE_INSTANCE).putMetadata("unit", "seat")
                .addPrice(CreatePriceParams.builder().type(PriceType.FIXED).billingModel(BillingModel.FLAT_FEE)
                        .amount("5.00").currency("usd").billingCadence(BillingCadence.ONETIME)
                        .invoiceCadence(InvoiceCadence.ADVANCE).build())
                .build());

        server.verify(postRequestedFor(urlEqualTo("/v1/addons"))
                .withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("""
                        {"name": "Extra seats", "lookup_key": "seats", "type": "multiple_instance",
                         "metadata": {"unit": "seat"},
                         "prices": [{"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "5.00", "currency": "usd",
                                     "billing_cadence": "ONETIME", "invoice_cadence": "ADVANCE"}]}""")));
        assertThat(addon.type()).isEqualTo(AddonType.MULTIPLE_INSTANCE);
        assertThat(addon.status()).isEqualTo(Status.PUBLISHED);
        assertThat(addon.metadata()).containsEntry("unit", "seat").containsKey("limits");
        assertThat(addon.prices()).singleElement().satisfies(price -> {
            assertThat(price.amount()).isEqualByComparingTo("5.00");
            assertThat(price.entityType()).isEqualTo(PriceEntityType.ADDON);
        });
    }

    @Test
    void anAddonIsReadByIdAndByLookupKey() {
        server.stubFor(get("/v1/addons/addon_1").willReturn(json(200, ADDON)));
        server.stubFor(get("/v1/addons/lookup/seats%20eu").willReturn(json(200, ADDON)));

        assertThat(client().addons().get("addon_1").lookupKey()).isEqualTo("seats");
        assertThat(client().addons().getByLookupKey("seats eu").id()).isEqualTo("addon_1");

        server.verify(getRequestedFor(urlEqualTo("/v1/addons/lookup/seats%20eu")));
    }

    @Test
    void anUpdateSendsOnlyWhatIsSetAndADeleteTakesFlexPricesSuccessAnswer() {
        server.stubFor(put("/v1/addons/addon_1").willReturn(json(200, ADDON)));
        server.stubFor(delete("/v1/addons/addon_1").willReturn(json(200, "{\"message\": \"addon deleted successfully\"}")));

        client().addons().update("addon_1", UpdateAddonParams.builder().description("Per seat").build());
        client().addons().delete("addon_1");

        server.verify(putRequestedFor(urlEqualTo("/v1/addons/addon_1"))
                .withRequestBody(equalToJson("{\"description\": \"Per seat\"}")));
        server.verify(deleteRequestedFor(urlEqualTo("/v1/addons/addon_1")).withHeader("Idempotency-Key", matching(".+")));
    }

    @Test
    void addonsAreSearchedWithTheirFiltersAndPaged() {
        server.stubFor(post("/v1/addons/search").willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 1, "offset": 0, "total": 1}}""".formatted(ADDON))));

        Page<Addon> page = client().addons().list(AddonListParams.builder().addLookupKey("seats")
                .addonType(AddonType.MULTIPLE_INSTANCE).limit(1).order(SortOrder.ASC).build());

        assertThat(page.items()).extracting(Addon::id).containsExactly("addon_1");
        assertThat(page.hasMore()).isFalse();
        server.verify(postRequestedFor(urlEqualTo("/v1/addons/search")).withoutHeader("Idempotency-Key")
                .withRequestBody(equalToJson("""
                        {"lookup_keys": ["seats"], "addon_type": "multiple_instance", "limit": 1, "order": "asc"}""")));
    }

    @Test
    void aTakenLookupKeyAndAnUnknownAddonArriveAsTypedErrors() {
        server.stubFor(post("/v1/addons").willReturn(error(409, "addon.lookup_key_taken", "lookup key taken")));
        server.stubFor(get("/v1/addons/addon_nope").willReturn(error(404, "addon.not_found", "addon not found")));

        assertThatThrownBy(() -> client().addons().create(CreateAddonParams.builder().name("X").lookupKey("seats")
                .type(AddonType.ONETIME).build()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("addon.lookup_key_taken"));
        assertThatThrownBy(() -> client().addons().get("addon_nope"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("addon.not_found"));
    }
}
