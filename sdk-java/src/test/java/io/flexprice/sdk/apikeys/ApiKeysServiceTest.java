package io.flexprice.sdk.apikeys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
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
import io.flexprice.sdk.common.Status;
import io.flexprice.sdk.support.TestClients;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** API keys ({@code /v1/secrets/api/keys}) on the wire. */
class ApiKeysServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String SECRET = """
            {"id": "secret_1", "name": "ci", "type": "private_key", "provider": "flexprice",
             "display_id": "sk_...abcd", "status": "published", "environment_id": "env1",
             "created_at": "2026-03-01T12:00:00Z"}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void aKeyIsIssuedOnceAndItsRawValueIsNotPrinted() {
        server.stubFor(post("/v1/secrets/api/keys").willReturn(json(201,
                "{\"api_key\": \"sk_live_secret\", \"secret\": %s}".formatted(SECRET))));

        CreatedApiKey created = client().apiKeys().create(CreateApiKeyParams.builder().name("ci")
                .type(ApiKeyType.PRIVATE_KEY).expiresAt(Instant.parse("2027-01-01T00:00:00Z")).build());

        server.verify(postRequestedFor(urlEqualTo("/v1/secrets/api/keys")).withRequestBody(equalToJson("""
                {"name": "ci", "type": "private_key", "expires_at": "2027-01-01T00:00:00Z"}""")));
        assertThat(created.apiKey()).isEqualTo("sk_live_secret");
        assertThat(created.secret().environmentId()).isEqualTo("env1");
        assertThat(created.toString()).doesNotContain("sk_live_secret");
    }

    @Test
    void keysAreListedWithPagingAndStatusInTheQueryAndRevokedById() {
        server.stubFor(get(urlEqualTo("/v1/secrets/api/keys?limit=5&status=published")).willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 5, "offset": 0, "total": 1}}""".formatted(SECRET))));
        server.stubFor(delete("/v1/secrets/api/keys/secret_1").willReturn(aResponse().withStatus(204)));

        var page = client().apiKeys().list(ApiKeyListParams.builder().limit(5).status(Status.PUBLISHED).build());
        client().apiKeys().delete("secret_1");

        assertThat(page.items()).extracting(ApiKey::type).containsExactly(ApiKeyType.PRIVATE_KEY);
    }
}
