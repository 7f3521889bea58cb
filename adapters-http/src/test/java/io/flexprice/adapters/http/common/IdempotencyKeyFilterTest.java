package io.flexprice.adapters.http.common;

import static io.flexprice.adapters.http.support.TestApi.authorized;
import static io.flexprice.adapters.http.support.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.flexprice.adapters.http.customer.CustomersResource;
import io.flexprice.adapters.http.support.FakeCustomers;
import io.flexprice.adapters.http.support.FakeIdempotencyKeys;
import io.flexprice.adapters.http.support.Fixtures;
import io.flexprice.adapters.http.support.TestApi;
import io.flexprice.adapters.http.support.TestClock;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.UnavailableException;
import io.flexprice.ports.in.idempotency.IdempotentRequest;
import io.flexprice.ports.out.idempotency.IdempotencyKey;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@ExtendWith(DropwizardExtensionsSupport.class)
class IdempotencyKeyFilterTest {

    private static final FakeCustomers CUSTOMERS = new FakeCustomers();
    private static final FakeIdempotencyKeys KEYS = new FakeIdempotencyKeys();
    private static final TestClock CLOCK = new TestClock(Instant.parse("2024-05-01T00:00:00Z"));
    private static final String CREATE = "{\"external_id\": \"ext_42\", \"name\": \"Acme\"}";

    static final ResourceExtension API = TestApi.extension(KEYS, CLOCK, new CustomersResource(CUSTOMERS, CUSTOMERS),
            new UnwritableResource());

    /** Answers with an entity that cannot be serialised: the response fails while it is written. */
    @Path("/v1/unwritable")
    public static final class UnwritableResource {

        @POST
        @Produces(MediaType.APPLICATION_JSON)
        public Response create() {
            return Response.status(201).entity(new Object()).build();
        }
    }

    @BeforeEach
    void reset() {
        CUSTOMERS.reset();
        KEYS.reset();
    }

    @Test
    void a_retry_with_the_same_key_gets_the_first_response_without_running_again() {
        Response first = withKey("/v1/customers", "key-1").post(Entity.json(CREATE));
        String firstBody = first.readEntity(String.class);
        CUSTOMERS.reset();

        Response retry = withKey("/v1/customers", "key-1").post(Entity.json(CREATE));

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(first.getHeaderString(IdempotencyKeyFilter.REPLAYED_HEADER)).isNull();
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getHeaderString(IdempotencyKeyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.getMediaType()).isEqualTo(first.getMediaType());
        assertThat(retry.readEntity(String.class)).isEqualTo(firstBody).contains("\"id\":\"cust_new\"");
        assertThat(retry.getHeaderString(RequestIdFilter.HEADER)).isNotBlank();
        assertThat(CUSTOMERS.lastCreate).as("the resource did not run again").isNull();
    }

    static Stream<Invocation> otherRequestsWithTheKey() {
        return Stream.of(
                withKey("/v1/customers", "key-1").buildPost(Entity.json("{\"external_id\": \"ext_43\"}")),
                withKey(API.target("/v1/customers").queryParam("skip", "1"), "key-1").buildPost(Entity.json(CREATE)),
                withKey(API.target("/v1/customers").queryParam("id", "cust_1"), "key-1").buildPut(Entity.json(CREATE)));
    }

    @ParameterizedTest
    @MethodSource("otherRequestsWithTheKey")
    void the_key_of_one_request_sent_with_another_body_target_or_method_is_a_409_reused(Invocation other) {
        withKey("/v1/customers", "key-1").post(Entity.json(CREATE));
        CUSTOMERS.reset();

        Response response = other.invoke();

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("request.idempotency_key_reused");
        assertThat(CUSTOMERS.lastCaller).isNull();
    }

    @Test
    void a_request_while_the_first_with_its_key_still_runs_is_a_409_in_flight() {
        IdempotencyKey key = new IdempotencyKey("key-1");
        KEYS.claim(Fixtures.SCOPE, key, IdempotentRequest.of(key, "POST", "/v1/customers",
                CREATE.getBytes(StandardCharsets.UTF_8)).fingerprint(), CLOCK.instant(), Instant.MIN);

        Response response = withKey("/v1/customers", "key-1").post(Entity.json(CREATE));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("request.idempotency_key_in_flight");
        assertThat(CUSTOMERS.lastCaller).isNull();
    }

    @Test
    void an_error_answer_below_500_is_kept_and_replayed() {
        CUSTOMERS.failure = new ConflictException(ErrorCode.CUSTOMER_EXTERNAL_ID_TAKEN, "external id ext_42 is taken");
        Response first = withKey("/v1/customers", "key-1").post(Entity.json(CREATE));
        String firstBody = first.readEntity(String.class);
        CUSTOMERS.reset();

        Response retry = withKey("/v1/customers", "key-1").post(Entity.json(CREATE));

        assertThat(first.getStatus()).isEqualTo(409);
        assertThat(retry.getStatus()).isEqualTo(409);
        assertThat(retry.getHeaderString(IdempotencyKeyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.readEntity(String.class)).isEqualTo(firstBody).contains("customer.external_id_taken");
        assertThat(CUSTOMERS.lastCaller).isNull();
    }

    @Test
    void an_unreadable_body_is_a_400_that_is_kept_and_replayed() {
        Response first = withKey("/v1/customers", "key-1").post(Entity.json("{\"external_id\": "));
        Response retry = withKey("/v1/customers", "key-1").post(Entity.json("{\"external_id\": "));

        assertThat(first.getStatus()).isEqualTo(400);
        assertThat(retry.getStatus()).isEqualTo(400);
        assertThat(retry.getHeaderString(IdempotencyKeyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(json(retry).at("/error/code").asText()).isEqualTo("request.malformed");
    }

    static Stream<RuntimeException> serverErrors() {
        return Stream.of(new IllegalStateException("bug"), new UnavailableException(ErrorCode.EVENT_PUBLISH_FAILED,
                "the event pipeline is unavailable", null));
    }

    @ParameterizedTest
    @MethodSource("serverErrors")
    void a_server_error_is_not_kept_so_the_retry_runs_again(RuntimeException failure) {
        CUSTOMERS.failure = failure;
        Response first = withKey("/v1/customers", "key-1").post(Entity.json(CREATE));
        CUSTOMERS.reset();

        Response retry = withKey("/v1/customers", "key-1").post(Entity.json(CREATE));

        assertThat(first.getStatus()).isGreaterThanOrEqualTo(500);
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getHeaderString(IdempotencyKeyFilter.REPLAYED_HEADER)).isNull();
        assertThat(CUSTOMERS.lastCreate).isNotNull();
    }

    @Test
    void a_response_that_fails_while_it_is_written_frees_its_key() {
        Response first = withKey("/v1/unwritable", "key-1").post(Entity.json("{}"));
        Response retry = withKey("/v1/unwritable", "key-1").post(Entity.json("{}"));

        assertThat(first.getStatus()).isEqualTo(500);
        assertThat(retry.getStatus()).as("ran again, not a 409 in flight").isEqualTo(500);
        assertThat(KEYS.size()).isZero();
    }

    @Test
    void an_answer_without_a_body_is_kept_and_replayed() {
        Response first = withKey("/v1/customers/cust_5", "key-1").delete();
        CUSTOMERS.reset();

        Response retry = withKey("/v1/customers/cust_5", "key-1").delete();

        assertThat(first.getStatus()).isEqualTo(204);
        assertThat(retry.getStatus()).isEqualTo(204);
        assertThat(retry.getHeaderString(IdempotencyKeyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.hasEntity()).isFalse();
        assertThat(CUSTOMERS.lastDeleted).as("the delete did not run again").isNull();
    }

    @Test
    void a_key_is_new_again_24_hours_after_its_first_request() {
        withKey("/v1/customers", "key-1").post(Entity.json(CREATE));
        CLOCK.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(withKey("/v1/customers", "key-1").post(Entity.json(CREATE))
                .getHeaderString(IdempotencyKeyFilter.REPLAYED_HEADER)).isEqualTo("true");
        CUSTOMERS.reset();

        CLOCK.advance(Duration.ofSeconds(2));
        Response late = withKey("/v1/customers", "key-1").post(Entity.json("{\"external_id\": \"ext_other\"}"));

        assertThat(late.getStatus()).isEqualTo(201);
        assertThat(late.getHeaderString(IdempotencyKeyFilter.REPLAYED_HEADER)).isNull();
        assertThat(CUSTOMERS.lastCreate.externalId()).isEqualTo("ext_other");
    }

    @Test
    void requests_without_the_header_and_reads_with_it_run_every_time_and_keep_nothing() {
        authorized(API, "/v1/customers").post(Entity.json(CREATE));
        CUSTOMERS.reset();
        Response again = authorized(API, "/v1/customers").post(Entity.json(CREATE));
        assertThat(again.getStatus()).isEqualTo(201);
        assertThat(CUSTOMERS.lastCreate).isNotNull();
        CUSTOMERS.reset();

        Response read = withKey("/v1/customers/cust_1", "key-1").get();

        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(CUSTOMERS.lastRef).isNotNull();
        assertThat(KEYS.size()).isZero();
    }

    @Test
    void a_blank_or_too_long_key_is_a_400_naming_the_header() {
        for (String key : new String[] {" ", "k".repeat(256)}) {
            Response response = withKey("/v1/customers", key).post(Entity.json(CREATE));

            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(json(response).at("/error/details/0/field").asText()).isEqualTo("Idempotency-Key");
        }
        assertThat(withKey("/v1/customers", "k".repeat(255)).post(Entity.json(CREATE)).getStatus()).isEqualTo(201);
        assertThat(CUSTOMERS.lastCreate).isNotNull();
    }

    @Test
    void a_request_that_fails_authentication_claims_no_key() {
        Response response = API.target("/v1/customers").request().header(IdempotencyKeyFilter.KEY_HEADER, "key-1")
                .header(ApiKeyAuthFilter.API_KEY_HEADER, "sk_wrong").post(Entity.json(CREATE));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(KEYS.size()).isZero();
    }

    private static Invocation.Builder withKey(String path, String key) {
        return withKey(API.target(path), key);
    }

    private static Invocation.Builder withKey(WebTarget target, String key) {
        return authorized(target).header(IdempotencyKeyFilter.KEY_HEADER, key);
    }
}
