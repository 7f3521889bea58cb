package io.flexprice.adapters.http.common;

import static io.flexprice.adapters.http.support.TestApi.authorized;
import static io.flexprice.adapters.http.support.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.flexprice.adapters.http.customer.CustomersResource;
import io.flexprice.adapters.http.feature.FeaturesResource;
import io.flexprice.adapters.http.metering.EventsResource;
import io.flexprice.adapters.http.support.FakeCustomers;
import io.flexprice.adapters.http.support.FakeEvents;
import io.flexprice.adapters.http.support.FakeFeatures;
import io.flexprice.adapters.http.support.TestApi;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ForbiddenException;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.RateLimitedException;
import io.flexprice.domain.common.UnauthenticatedException;
import io.flexprice.domain.common.UnavailableException;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.ValidationException.Violation;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.EOFException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(DropwizardExtensionsSupport.class)
class ErrorMappingTest {

    private static final FakeCustomers CUSTOMERS = new FakeCustomers();
    private static final FakeFeatures FEATURES = new FakeFeatures();
    private static final FakeEvents EVENTS = new FakeEvents();

    static final ResourceExtension API = TestApi.extension(new CustomersResource(CUSTOMERS, CUSTOMERS),
            new FeaturesResource(FEATURES, FEATURES), new EventsResource(EVENTS, EVENTS, EVENTS));

    @BeforeEach
    void reset() {
        CUSTOMERS.reset();
        FEATURES.reset();
        EVENTS.reset();
    }

    static Stream<Arguments> categories() {
        return Stream.of(
                Arguments.of(new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND, "customer cust_1 not found"), 404,
                        "customer.not_found"),
                Arguments.of(new ConflictException(ErrorCode.CUSTOMER_EXTERNAL_ID_TAKEN, "external id ext_1 is taken"),
                        409, "customer.external_id_taken"),
                Arguments.of(ValidationException.of("email", "must be an email address"), 400, "request.invalid"),
                Arguments.of(new UnauthenticatedException(ErrorCode.UNAUTHENTICATED, "invalid API key"), 401,
                        "auth.unauthenticated"),
                Arguments.of(new ForbiddenException(ErrorCode.ENVIRONMENT_FORBIDDEN, "not your environment"), 403,
                        "auth.environment_forbidden"),
                Arguments.of(new RateLimitedException(ErrorCode.RATE_LIMITED, "slow down"), 429, "request.rate_limited"),
                Arguments.of(new UnavailableException(ErrorCode.EVENT_PUBLISH_FAILED, "the event pipeline is unavailable",
                        new IOException("broker down")), 503, "event.publish_failed"));
    }

    @ParameterizedTest
    @MethodSource("categories")
    void each_domain_error_category_maps_to_its_status_in_flexprice_error_shape(RuntimeException error, int status,
                                                                              String code) {
        CUSTOMERS.failure = error;

        Response response = authorized(API, "/v1/customers/cust_1").get();

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)).isTrue();
        JsonNode body = json(response);
        assertThat(body.get("success").asBoolean(true)).isFalse();
        assertThat(body.at("/error/message").asText()).isEqualTo(error.getMessage());
        assertThat(body.at("/error/internal_error").asText()).isNotBlank();
        assertThat(body.at("/error/code").asText()).isEqualTo(code);
        if (!(error instanceof ValidationException)) {
            assertThat(body.at("/error").has("details")).isFalse();
        }
    }

    @Test
    void validation_error_lists_every_field_in_details() {
        CUSTOMERS.failure = new ValidationException(List.of(new Violation("external_id", "is required"),
                new Violation("email", "must be an email address")));

        JsonNode body = json(authorized(API, "/v1/customers").post(Entity.json("{}")));

        assertThat(body.at("/error/details/0/field").asText()).isEqualTo("external_id");
        assertThat(body.at("/error/details/0/message").asText()).isEqualTo("is required");
        assertThat(body.at("/error/details/1/field").asText()).isEqualTo("email");
    }

    @Test
    void unavailable_tells_the_client_to_retry_after_a_second() {
        EVENTS.failure = new UnavailableException(ErrorCode.EVENT_PUBLISH_FAILED, "pipeline unavailable",
                new IOException("broker down"));

        Response response = authorized(API, "/v1/events")
                .post(Entity.json("{\"event_name\":\"api_call\",\"external_customer_id\":\"ext_1\"}"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
    }

    @Test
    void unexpected_exception_is_a_500_with_a_correlation_id_and_no_internals() {
        CUSTOMERS.failure = new IllegalStateException("secret connection string jdbc:postgresql://db");

        Response response = authorized(API, "/v1/customers/cust_1").get();

        assertThat(response.getStatus()).isEqualTo(500);
        String raw = response.readEntity(String.class);
        assertThat(raw).doesNotContain("jdbc").doesNotContain("IllegalStateException").doesNotContain("\tat ");
        assertThat(raw).contains("\"code\":\"internal.error\"").contains("\"success\":false");
        assertThat(raw).containsPattern("correlation id [0-9a-f-]{36}");
    }

    @Test
    void a_json_error_while_writing_a_response_is_ours_a_500_not_a_400() throws Exception {
        try (JsonGenerator generator = new ObjectMapper().getFactory().createGenerator(new StringWriter())) {
            CUSTOMERS.failure = new IllegalStateException("writing failed",
                    JsonMappingException.from(generator, "a getter threw"));
        }

        Response response = authorized(API, "/v1/customers/cust_1").get();

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("internal.error");
    }

    @Test
    void a_client_that_went_away_mid_body_is_a_400_not_an_error_log() {
        CUSTOMERS.failure = new IllegalStateException("reading failed", new EOFException("early EOF"));

        Response response = authorized(API, "/v1/customers/cust_1").get();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("request.malformed");
    }

    @Test
    void a_domain_error_wrapped_by_a_framework_is_still_mapped_by_its_category() {
        CUSTOMERS.failure = new IllegalStateException("wrapped",
                new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND, "customer cust_1 not found"));

        Response response = authorized(API, "/v1/customers/cust_1").get();

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("customer.not_found");
    }

    @Test
    void malformed_json_is_a_400_request_malformed() {
        Response response = authorized(API, "/v1/customers").post(Entity.json("{\"external_id\": \"ext_1\","));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("success").asBoolean(true)).isFalse();
        assertThat(body.at("/error/code").asText()).isEqualTo("request.malformed");
        assertThat(body.at("/error/message").asText()).contains("not well-formed JSON");
    }

    @Test
    void a_value_of_the_wrong_type_is_a_400_naming_its_json_path() {
        Response response = authorized(API, "/v1/events/bulk").post(Entity.json(
                "{\"events\":[{\"event_name\":\"a\",\"external_customer_id\":\"c\"},"
                        + "{\"event_name\":\"a\",\"external_customer_id\":\"c\",\"properties\":[1,2]}]}"));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.at("/error/code").asText()).isEqualTo("request.malformed");
        assertThat(body.at("/error/message").asText()).contains("events[1].properties");
        assertThat(body.at("/error/details/0/field").asText()).isEqualTo("events[1].properties");
    }

    @Test
    void a_number_field_holding_text_is_a_400_naming_the_field() {
        Response response = authorized(API, "/v1/customers/search").post(Entity.json("{\"limit\":\"ten\"}"));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.at("/error/code").asText()).isEqualTo("request.malformed");
        assertThat(body.at("/error/details/0/field").asText()).isEqualTo("limit");
        assertThat(body.at("/error/details/0/message").asText()).isEqualTo("must be a whole number");
    }

    @Test
    void an_unknown_enum_string_is_a_400_naming_the_field() {
        Response response = authorized(API, "/v1/features").post(Entity.json("{\"name\":\"x\",\"type\":\"metred\"}"));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.at("/error/code").asText()).isEqualTo("request.invalid");
        assertThat(body.at("/error/details/0/field").asText()).isEqualTo("type");
        assertThat(body.at("/error/details/0/message").asText()).contains("metered, boolean, static");
        assertThat(FEATURES.lastCreate).isNull();
    }

    @Test
    void an_empty_body_where_one_is_required_is_a_400() {
        Response response = authorized(API, "/v1/customers").post(Entity.entity("", MediaType.APPLICATION_JSON_TYPE));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("success").asBoolean(true)).isFalse();
        assertThat(body.at("/error/code").asText()).isEqualTo("request.malformed");
        assertThat(body.at("/error/message").asText()).contains("body is required");
        assertThat(CUSTOMERS.lastCreate).isNull();
    }

    @Test
    void a_post_without_any_body_or_content_type_is_a_400() {
        Response response = authorized(API, "/v1/events/bulk").post(null);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("request.malformed");
    }

    @Test
    void a_json_null_body_is_a_400() {
        Response response = authorized(API, "/v1/events").post(Entity.json("null"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("request.malformed");
    }

    @Test
    void an_unknown_path_is_a_404_in_the_same_shape() {
        Response response = authorized(API, "/v1/no-such-thing").get();

        assertThat(response.getStatus()).isEqualTo(404);
        JsonNode body = json(response);
        assertThat(body.get("success").asBoolean(true)).isFalse();
        assertThat(body.at("/error/code").asText()).isEqualTo("request.route_not_found");
    }

    @Test
    void a_wrong_method_is_a_405_in_the_same_shape() {
        Response response = authorized(API, "/v1/customers").delete();

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getHeaderString("Allow")).contains("POST");
        assertThat(json(response).at("/error/code").asText()).isEqualTo("request.method_not_allowed");
    }

    @Test
    void an_unsupported_media_type_is_a_415_in_the_same_shape() {
        Response response = authorized(API, "/v1/customers").post(Entity.text("external_id=ext_1"));

        assertThat(response.getStatus()).isEqualTo(415);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("request.unsupported_media_type");
    }

    @Test
    void every_response_carries_a_request_id_echoing_the_clients() {
        Response echoed = authorized(API, "/v1/customers/cust_1").header("X-Request-ID", "req-123").get();
        Response generated = authorized(API, "/v1/no-such-thing").get();

        assertThat(echoed.getHeaderString("X-Request-ID")).isEqualTo("req-123");
        assertThat(generated.getHeaderString("X-Request-ID")).matches("[0-9a-f-]{36}");
    }

    @Test
    void a_request_id_that_could_forge_headers_is_replaced() {
        Response response = authorized(API, "/v1/customers/cust_1").header("X-Request-ID", "a b\"c").get();

        assertThat(response.getHeaderString("X-Request-ID")).matches("[0-9a-f-]{36}");
    }
}
