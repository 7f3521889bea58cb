package io.flexprice.adapters.http.common;

import static io.flexprice.adapters.http.support.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.flexprice.adapters.http.customer.CustomersResource;
import io.flexprice.adapters.http.support.FakeCustomers;
import io.flexprice.adapters.http.support.Fixtures;
import io.flexprice.adapters.http.support.TestApi;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class AuthAndHealthTest {

    private static final FakeCustomers CUSTOMERS = new FakeCustomers();
    private static final HealthCheckRegistry HEALTH_CHECKS = new HealthCheckRegistry();

    static final ResourceExtension API = TestApi.extension(new CustomersResource(CUSTOMERS, CUSTOMERS),
            new HealthResource(HEALTH_CHECKS));

    @BeforeEach
    void reset() {
        CUSTOMERS.reset();
        HEALTH_CHECKS.register("storage", new HealthCheck() {
            @Override
            protected Result check() {
                return Result.healthy("reachable");
            }
        });
    }

    @AfterEach
    void unregister() {
        HEALTH_CHECKS.getNames().forEach(HEALTH_CHECKS::unregister);
    }

    @Test
    void a_request_without_api_key_is_a_401_in_flexprice_error_shape() {
        Response response = API.target("/v1/customers/cust_1").request().get();

        assertThat(response.getStatus()).isEqualTo(401);
        JsonNode body = json(response);
        assertThat(body.get("success").asBoolean(true)).isFalse();
        assertThat(body.at("/error/code").asText()).isEqualTo("auth.unauthenticated");
        assertThat(body.at("/error/message").asText()).contains("x-api-key");
        assertThat(CUSTOMERS.lastCaller).isNull();
    }

    @Test
    void an_unknown_api_key_is_a_401() {
        Response response = API.target("/v1/customers/cust_1").request().header("x-api-key", "sk_wrong").get();

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("auth.unauthenticated");
    }

    @Test
    void a_key_used_in_another_environment_is_a_403() {
        Response response = API.target("/v1/customers/cust_1").request().header("x-api-key", Fixtures.API_KEY)
                .header("X-Environment-ID", "env_other").get();

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("auth.environment_forbidden");
    }

    @Test
    void a_valid_key_reaches_the_use_case_as_the_caller() {
        Response response = API.target("/v1/customers/cust_1").request().header("X-API-Key", Fixtures.API_KEY)
                .header("X-Environment-ID", "env_test").get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(CUSTOMERS.lastCaller).isEqualTo(Fixtures.CALLER);
    }

    @Test
    void health_needs_no_api_key_and_reports_each_check() {
        Response response = API.target("/health").request().get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeaderString("X-Request-ID")).isNotBlank();
        JsonNode body = json(response);
        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.at("/checks/storage/healthy").asBoolean()).isTrue();
        assertThat(body.at("/checks/storage/message").asText()).isEqualTo("reachable");
        assertThat(body.at("/checks/storage").has("duration_ms")).isTrue();
    }

    @Test
    void health_is_503_unhealthy_when_a_check_fails_without_a_stack_trace() {
        HEALTH_CHECKS.register("kafka", new HealthCheck() {
            @Override
            protected Result check() {
                throw new IllegalStateException("no broker reachable");
            }
        });

        Response response = API.target("/health").request().get();

        assertThat(response.getStatus()).isEqualTo(503);
        String raw = response.readEntity(String.class);
        assertThat(raw).contains("\"status\":\"unhealthy\"").contains("no broker reachable").doesNotContain("\tat ");
        assertThat(raw).contains("\"storage\":{\"healthy\":true");
    }
}
