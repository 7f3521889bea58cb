package io.flexprice.adapters.http.tenancy;

import static io.flexprice.adapters.http.support.TestApi.authorized;
import static io.flexprice.adapters.http.support.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.flexprice.adapters.http.support.FakeApiKeys;
import io.flexprice.adapters.http.support.TestApi;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.ApiKeyId;
import io.flexprice.domain.tenancy.ApiKeyType;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class SecretsResourceTest {

    private static final FakeApiKeys API_KEYS = new FakeApiKeys();

    static final ResourceExtension API = TestApi.extension(new SecretsResource(API_KEYS));

    @BeforeEach
    void reset() {
        API_KEYS.reset();
    }

    @Test
    void create_answers_201_with_the_raw_key_once_and_the_secret_description() {
        Response response = authorized(API, "/v1/secrets/api/keys").post(Entity.json(
                "{\"name\":\"ci\",\"type\":\"private_key\",\"expires_at\":\"2030-01-01T00:00:00Z\"}"));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(API_KEYS.lastCreate.name()).isEqualTo("ci");
        assertThat(API_KEYS.lastCreate.type()).isEqualTo(ApiKeyType.PRIVATE_KEY);
        assertThat(API_KEYS.lastCreate.expiresAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(API_KEYS.lastCreate.environmentScoped()).as("keys are bound to the environment by default").isTrue();

        JsonNode body = json(response);
        assertThat(body.get("api_key").asText()).isEqualTo(FakeApiKeys.RAW_KEY);
        JsonNode secret = body.get("secret");
        assertThat(secret.get("id").asText()).isEqualTo("secret_new");
        assertThat(secret.get("name").asText()).isEqualTo("ci");
        assertThat(secret.get("type").asText()).isEqualTo("private_key");
        assertThat(secret.get("provider").asText()).isEqualTo("flexprice");
        assertThat(secret.get("status").asText()).isEqualTo("published");
        assertThat(secret.get("roles").isArray()).isTrue();
        assertThat(secret.get("roles")).isEmpty();
        assertThat(secret.get("display_id").asText()).startsWith("sk_").endsWith("ghij");
        assertThat(secret.get("expires_at").asText()).isEqualTo("2030-01-01T00:00:00Z");
        assertThat(secret.get("created_at").asText()).isEqualTo("2024-05-01T12:00:00Z");
        assertThat(secret.get("environment_id").asText()).isEqualTo("env_test");
        assertThat(secret.toString()).doesNotContain(FakeApiKeys.RAW_KEY);
    }

    @Test
    void a_tenant_wide_key_is_asked_for_with_environment_scoped_false() {
        Response response = authorized(API, "/v1/secrets/api/keys").post(Entity.json(
                "{\"name\":\"ops\",\"type\":\"publishable_key\",\"environment_scoped\":false}"));

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(API_KEYS.lastCreate.environmentScoped()).isFalse();
        assertThat(json(response).at("/secret").has("environment_id")).isFalse();
    }

    @Test
    void create_reports_every_invalid_field() {
        Response response = authorized(API, "/v1/secrets/api/keys").post(Entity.json(
                "{\"type\":\"integration\",\"expires_at\":\"next year\"}"));

        assertThat(response.getStatus()).isEqualTo(400);
        List<String> fields = json(response).at("/error/details").findValuesAsText("field");
        assertThat(fields).containsExactlyInAnyOrder("type", "expires_at", "name");
        assertThat(API_KEYS.lastCreate).isNull();
    }

    @Test
    void list_answers_items_and_pagination() {
        Response response = authorized(API.target("/v1/secrets/api/keys").queryParam("limit", "10")
                .queryParam("offset", "0").queryParam("status", "published")).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(API_KEYS.lastStatus).isEqualTo(Status.PUBLISHED);
        assertThat(API_KEYS.lastPage).isEqualTo(new PageRequest(10, 0, PageRequest.SortOrder.DESC));
        JsonNode body = json(response);
        assertThat(body.at("/items/0/id").asText()).isEqualTo("secret_1");
        assertThat(body.at("/items/0").has("api_key")).isFalse();
        assertThat(body.at("/pagination/limit").asInt()).isEqualTo(10);
        assertThat(body.at("/pagination/offset").asInt()).isZero();
        assertThat(body.at("/pagination/total").asInt()).isEqualTo(1);
    }

    @Test
    void delete_answers_204() {
        Response response = authorized(API, "/v1/secrets/api/keys/secret_1").delete();

        assertThat(response.getStatus()).isEqualTo(204);
        assertThat(API_KEYS.lastDeleted).isEqualTo(ApiKeyId.of("secret_1"));
    }
}
