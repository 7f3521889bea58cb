package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.bootstrap.e2e.RunningApplication.Response;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.Environment;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.EnvironmentType;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.EnvironmentRepository;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Retries with an {@code Idempotency-Key} against the running application and its Postgres: a retried
 * request runs once and every retry gets its answer again; a key is never shared by two requests or two
 * environments. Each test uses keys and external ids of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyEndToEndIT {

    private static final String REPLAYED = "Idempotent-Replayed";

    private RunningApplication app;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start();
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    @Test
    void a_create_sent_twice_with_one_key_creates_one_customer_and_answers_the_retry_identically() {
        String body = "{\"external_id\": \"idem-once\", \"name\": \"Once Inc\"}";
        String key = newKey();

        Response first = sendWithKey("POST", "/v1/customers", body, key);
        Response retry = sendWithKey("POST", "/v1/customers", body, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header(REPLAYED)).isNull();
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.raw()).isEqualTo(first.raw());
        assertThat(retry.header(REPLAYED)).isEqualTo("true");
        assertThat(retry.header("Content-Type")).isEqualTo(first.header("Content-Type"));
        Response found = app.post("/v1/customers/search", "{\"external_ids\": [\"idem-once\"]}");
        assertThat(found.body().at("/pagination/total").asInt()).as(found.toString()).isEqualTo(1);
    }

    @Test
    void the_key_of_a_create_sent_with_another_body_is_a_409_and_creates_nothing() {
        String key = newKey();
        assertThat(sendWithKey("POST", "/v1/customers", "{\"external_id\": \"idem-first\"}", key).status())
                .isEqualTo(201);

        Response reused = sendWithKey("POST", "/v1/customers", "{\"external_id\": \"idem-second\"}", key);

        assertThat(reused.status()).as(reused.toString()).isEqualTo(409);
        assertThat(reused.body().get("success").asBoolean(true)).isFalse();
        assertThat(reused.body().at("/error/code").asText()).isEqualTo("request.idempotency_key_reused");
        assertThat(app.get("/v1/customers/external/idem-second").status()).isEqualTo(404);
    }

    @Test
    void a_400_is_kept_and_replayed_as_a_400() {
        String key = newKey();
        String invalid = "{\"name\": \"no external id\"}";

        Response first = sendWithKey("POST", "/v1/customers", invalid, key);
        Response retry = sendWithKey("POST", "/v1/customers", invalid, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(400);
        assertThat(retry.status()).isEqualTo(400);
        assertThat(retry.raw()).isEqualTo(first.raw());
        assertThat(retry.header(REPLAYED)).isEqualTo("true");
    }

    @Test
    void without_the_header_a_resent_create_runs_again_and_is_a_conflict_as_before() {
        String body = "{\"external_id\": \"idem-no-key\"}";

        Response first = app.post("/v1/customers", body);
        Response second = app.post("/v1/customers", body);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.body().at("/error/code").asText()).isEqualTo("customer.external_id_taken");
        assertThat(second.header(REPLAYED)).isNull();
    }

    @Test
    void a_delete_retried_with_its_key_answers_204_again_instead_of_404() {
        String id = app.post("/v1/customers", "{\"external_id\": \"idem-delete\"}").body().get("id").asText();
        String key = newKey();

        Response first = sendWithKey("DELETE", "/v1/customers/" + id, null, key);
        Response retry = sendWithKey("DELETE", "/v1/customers/" + id, null, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(204);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(204);
        assertThat(retry.header(REPLAYED)).isEqualTo("true");
        assertThat(app.delete("/v1/customers/" + id).status()).as("without the key it runs").isEqualTo(404);
    }

    @Test
    void a_key_belongs_to_its_environment() {
        JsonNode scope = app.post("/v1/customers", "{\"external_id\": \"idem-scope\"}").body();
        String tenant = scope.get("tenant_id").asText();
        String home = scope.get("environment_id").asText();
        EnvironmentId staging = new EnvironmentId("env_idem_" + UUID.randomUUID());
        app.application().injector().getInstance(EnvironmentRepository.class).insert(new Environment(staging,
                new TenantId(tenant), "Staging", EnvironmentType.DEVELOPMENT, Status.PUBLISHED,
                RunningApplication.MICROSECOND_CLOCK.instant()));
        String tenantWideKey = app.post("/v1/secrets/api/keys", """
                {"name": "tenant-wide", "type": "private_key", "environment_scoped": false}""")
                .body().get("api_key").asText();
        String body = "{\"external_id\": \"idem-both-environments\"}";
        String key = newKey();

        Response inHome = app.send("POST", "/v1/customers", body,
                Map.of("x-api-key", tenantWideKey, "X-Environment-ID", home, "Idempotency-Key", key));
        Response inStaging = app.send("POST", "/v1/customers", body,
                Map.of("x-api-key", tenantWideKey, "X-Environment-ID", staging.value(), "Idempotency-Key", key));

        assertThat(inHome.status()).as(inHome.toString()).isEqualTo(201);
        assertThat(inStaging.status()).as(inStaging.toString()).isEqualTo(201);
        assertThat(inStaging.header(REPLAYED)).isNull();
        assertThat(inStaging.body().get("environment_id").asText()).isEqualTo(staging.value());
        assertThat(inStaging.body().get("id").asText()).isNotEqualTo(inHome.body().get("id").asText());
    }

    private Response sendWithKey(String method, String path, String body, String key) {
        return app.send(method, path, body, Map.of("x-api-key", RunningApplication.DEV_KEY, "Idempotency-Key", key));
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
