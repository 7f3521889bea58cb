package io.flexprice.sdk.subscriptions;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.support.TestClients;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Addons on a subscription on the wire. */
class SubscriptionAddonsTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ASSOCIATION = """
            {"id": "assoc_1", "addon_id": "addon_1", "entity_id": "subs_1", "entity_type": "subscription",
             "addon_status": "active", "start_date": "2026-04-11T00:00:00Z", "metadata": {"seat": "7"},
             "line_item_ids": ["li_9"]}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void anAddonIsAddedWithItsStartAndReadBackAsTheAssociation() {
        server.stubFor(post("/v1/subscriptions/addon").willReturn(json(200, ASSOCIATION)));

        AddonAssociation association = client().subscriptions().addAddon(AddSubscriptionAddonParams.builder()
                .subscriptionId("subs_1").addonId("addon_1").startDate(Instant.parse("2026-04-11T00:00:00Z"))
                .putMetadata("seat", "7").build());

        server.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/addon"))
                .withHeader("Idempotency-Key", matching(".+")).withRequestBody(equalToJson("""
                        {"subscription_id": "subs_1", "addon_id": "addon_1", "start_date": "2026-04-11T00:00:00Z",
                         "metadata": {"seat": "7"}}""")));
        assertThat(association.addonStatus()).isEqualTo(AddonStatus.ACTIVE);
        assertThat(association.metadata()).containsEntry("seat", "7");
        assertThat(association.lineItemIds()).containsExactly("li_9");
    }

    @Test
    void removingSendsTheAssociationInTheDeletesBody() {
        server.stubFor(delete("/v1/subscriptions/addon").willReturn(json(200,
                "{\"message\": \"addon removed from subscription successfully\"}")));

        client().subscriptions().removeAddon(RemoveSubscriptionAddonParams.builder().addonAssociationId("assoc_1")
                .reason("not needed").build());

        server.verify(deleteRequestedFor(urlEqualTo("/v1/subscriptions/addon"))
                .withHeader("Idempotency-Key", matching(".+")).withRequestBody(equalToJson("""
                        {"addon_association_id": "assoc_1", "reason": "not needed"}""")));
        assertThatThrownBy(() -> client().subscriptions().removeAddon(RemoveSubscriptionAddonParams.builder()
                .build())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAssociationsAreAnArray() {
        server.stubFor(get("/v1/subscriptions/subs_1/addons/associations").willReturn(json(200,
                "[" + ASSOCIATION + "," + ASSOCIATION.replace("assoc_1", "assoc_2").replace("\"active\"",
                        "\"cancelled\"") + "]")));

        assertThat(client().subscriptions().addonAssociations("subs_1")).extracting(AddonAssociation::addonStatus)
                .containsExactly(AddonStatus.ACTIVE, AddonStatus.CANCELLED);
    }
}
