package io.flexprice.sdk.core;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.CUSTOMER;
import static io.flexprice.sdk.support.Stubs.error;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.customers.CreateCustomerParams;
import io.flexprice.sdk.customers.Customer;
import io.flexprice.sdk.customers.CustomerListParams;
import io.flexprice.sdk.errors.ConflictException;
import io.flexprice.sdk.errors.ConnectionException;
import io.flexprice.sdk.errors.RateLimitException;
import io.flexprice.sdk.errors.ServerException;
import io.flexprice.sdk.errors.ValidationException;
import io.flexprice.sdk.support.Stubs;
import io.flexprice.sdk.support.TestClients;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retries, backoff, Retry-After and idempotency keys, against a WireMock server. */
class RetriesTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final CreateCustomerParams ACME = CreateCustomerParams.builder().externalId("acme")
            .name("Acme Inc").build();

    private TestClients.Fixture fixture() {
        return TestClients.against(server.baseUrl());
    }

    @Test
    void serverErrorsAreRetriedWithJitteredExponentialBackoffUntilTheCallSucceeds() {
        Stubs.inTurn(server, () -> post("/v1/customers"), error(503, "service.unavailable", "try later"),
                error(502, "bad_gateway", "proxy"), error(500, "internal", "boom"), json(201, CUSTOMER));
        TestClients.Fixture fixture = fixture();

        Customer created = fixture.client().customers().create(ACME);

        assertThat(created.id()).isEqualTo("cust_1");
        server.verify(4, postRequestedFor(urlEqualTo("/v1/customers")));
        // steps 500 ms, 1 s, 2 s; equal jitter with random 0.5: half the step + 0.5 * the other half
        // 250 + 125 = 375 ms, 500 + 250 = 750 ms, 1000 + 500 = 1500 ms
        assertThat(fixture.sleeper().delays()).containsExactly(Duration.ofMillis(375), Duration.ofMillis(750),
                Duration.ofMillis(1500));
    }

    @Test
    void backoffStopsGrowingAtTheMaximumDelay() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60));

        // step 500 ms * 2^9 = 256 s, capped at 8 s; with random 0 the jitter takes the lower half's end: 4 s
        assertThat(policy.delay(9, null, () -> 0.0)).isEqualTo(Duration.ofSeconds(4));
        // with random just below 1 it approaches the full step
        assertThat(policy.delay(9, null, () -> 0.999)).isBetween(Duration.ofMillis(7990), Duration.ofSeconds(8));
    }

    @Test
    void whenRetriesRunOutTheLastServerErrorIsThrownWithItsStatusCodeAndRequestId() {
        server.stubFor(post("/v1/customers").willReturn(error(503, "service.unavailable", "try later")));
        TestClients.Fixture fixture = fixture();

        assertThatThrownBy(() -> fixture.client().customers().create(ACME))
                .isInstanceOfSatisfying(ServerException.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo("service.unavailable");
                    assertThat(e.requestId()).isEqualTo("req-503");
                    assertThat(e.errorMessage()).isEqualTo("try later");
                    assertThat(e.attempts()).isEqualTo(4);
                });
        server.verify(4, postRequestedFor(urlEqualTo("/v1/customers")));
        assertThat(fixture.sleeper().delays()).hasSize(3);
    }

    @Test
    void aRateLimitedCallWaitsExactlyTheRetryAfterSecondsBeforeRetrying() {
        Stubs.inTurn(server, () -> post("/v1/customers"),
                error(429, "rate_limited", "slow down").withHeader("Retry-After", "2"), json(201, CUSTOMER));
        TestClients.Fixture fixture = fixture();

        fixture.client().customers().create(ACME);

        assertThat(fixture.sleeper().delays()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aRetryAfterDateIsCountedFromTheClientsClock() {
        // the test clock reads 2026-03-01T12:00:00Z, a Sunday: the date is 7 s later
        Stubs.inTurn(server, () -> get("/v1/customers/cust_1"),
                error(503, "unavailable", "later").withHeader("Retry-After", "Sun, 01 Mar 2026 12:00:07 GMT"),
                json(200, CUSTOMER));
        TestClients.Fixture fixture = fixture();

        fixture.client().customers().get("cust_1");

        assertThat(fixture.sleeper().delays()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aRetryAfterBeyondTheLimitEndsTheCallWithTheRateLimitAndItsDelay() {
        server.stubFor(post("/v1/customers").willReturn(
                error(429, "rate_limited", "slow down").withHeader("Retry-After", "120")));
        TestClients.Fixture fixture = fixture();

        assertThatThrownBy(() -> fixture.client().customers().create(ACME))
                .isInstanceOfSatisfying(RateLimitException.class, e -> {
                    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
                    assertThat(e.attempts()).isEqualTo(1);
                });
        server.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
        assertThat(fixture.sleeper().delays()).isEmpty();
    }

    @Test
    void aResetConnectionIsRetried() {
        // a POST: the JDK's client itself resends a GET once on a reset connection
        Stubs.inTurn(server, () -> post("/v1/customers"),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), json(201, CUSTOMER));
        TestClients.Fixture fixture = fixture();

        assertThat(fixture.client().customers().create(ACME).externalId()).isEqualTo("acme");
        assertThat(fixture.sleeper().delays()).containsExactly(Duration.ofMillis(375));
    }

    @Test
    void anAttemptThatTimesOutIsRetried() {
        Stubs.inTurn(server, () -> get("/v1/customers/cust_1"),
                json(200, CUSTOMER).withFixedDelay(2_000), json(200, CUSTOMER));
        TestClients.Fixture fixture = fixture();
        FlexpriceClient client = fixture.builder().timeout(Duration.ofMillis(200)).build();

        assertThat(client.customers().get("cust_1").id()).isEqualTo("cust_1");
        server.verify(2, getRequestedFor(urlEqualTo("/v1/customers/cust_1")));
    }

    @Test
    void anUnreachableServerEndsWithAConnectionExceptionAfterEveryRetry() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TestClients.Fixture fixture = TestClients.against("http://127.0.0.1:" + closedPort);

        assertThatThrownBy(() -> fixture.client().customers().get("cust_1"))
                .isInstanceOfSatisfying(ConnectionException.class, e -> {
                    assertThat(e.status()).isZero();
                    assertThat(e.attempts()).isEqualTo(4);
                });
        assertThat(fixture.sleeper().delays()).hasSize(3);
    }

    @Test
    void aValidationErrorIsNotRetried() {
        server.stubFor(post("/v1/customers").willReturn(error(400, "request.invalid", "external_id: is required")));

        assertThatThrownBy(() -> fixture().client().customers().create(ACME)).isInstanceOf(ValidationException.class);
        server.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
    }

    @Test
    void aConflictIsFinalButAnIdempotencyKeyStillInFlightIsWaitedOut() {
        server.stubFor(post("/v1/customers").willReturn(error(409, "customer.external_id_taken", "taken")));
        assertThatThrownBy(() -> fixture().client().customers().create(ACME)).isInstanceOf(ConflictException.class);
        server.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));

        server.resetAll();
        Stubs.inTurn(server, () -> post("/v1/customers"),
                error(409, RetryPolicy.IDEMPOTENCY_KEY_IN_FLIGHT, "the first request still runs"), json(201, CUSTOMER));
        assertThat(fixture().client().customers().create(ACME).id()).isEqualTo("cust_1");
        server.verify(2, postRequestedFor(urlEqualTo("/v1/customers")));
    }

    @Test
    void everyRetryOfOneCallSendsTheSameIdempotencyKeyAndTheSameBody() {
        Stubs.inTurn(server, () -> post("/v1/customers"), error(500, "internal", "boom"),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), json(201, CUSTOMER));

        fixture().client().customers().create(ACME);

        List<LoggedRequest> attempts = server.findAll(postRequestedFor(urlEqualTo("/v1/customers")));
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly("id-1");
        assertThat(attempts).extracting(LoggedRequest::getBodyAsString).containsOnly(attempts.get(0).getBodyAsString());
    }

    @Test
    void eachCallGetsItsOwnIdempotencyKeyUnlessTheCallerGivesOne() {
        server.stubFor(post("/v1/customers").willReturn(json(201, CUSTOMER)));
        FlexpriceClient client = fixture().client();

        client.customers().create(ACME);
        client.customers().create(ACME);
        client.customers().create(ACME, RequestOptions.idempotencyKey("order-42"));

        assertThat(server.findAll(postRequestedFor(urlEqualTo("/v1/customers"))))
                .extracting(r -> r.getHeader("Idempotency-Key"))
                .containsExactly("id-1", "id-2", "order-42");
    }

    @Test
    void readsCarryNoIdempotencyKeyButEveryRequestCarriesTheApiKeyAndEnvironment() {
        server.stubFor(get("/v1/customers/cust_1").willReturn(json(200, CUSTOMER)));
        server.stubFor(post("/v1/customers/search").willReturn(json(200, """
                {"items": [], "pagination": {"limit": 50, "offset": 0, "total": 0}}""")));
        FlexpriceClient client = fixture().builder().environmentId("env_test").build();

        client.customers().get("cust_1");
        client.customers().list(CustomerListParams.builder().email("a@b.test").build());

        server.verify(getRequestedFor(urlEqualTo("/v1/customers/cust_1"))
                .withHeader("Idempotency-Key", absent())
                .withHeader("x-api-key", equalTo(TestClients.API_KEY))
                .withHeader("X-Environment-ID", equalTo("env_test")));
        server.verify(postRequestedFor(urlEqualTo("/v1/customers/search"))
                .withHeader("Idempotency-Key", absent())
                .withHeader("x-api-key", equalTo(TestClients.API_KEY)));
    }

    @Test
    void aCallMayTurnRetriesOff() {
        server.stubFor(post("/v1/customers").willReturn(error(503, "unavailable", "later")));
        TestClients.Fixture fixture = fixture();

        assertThatThrownBy(() -> fixture.client().customers().create(ACME,
                RequestOptions.builder().maxRetries(0).build())).isInstanceOf(ServerException.class);
        server.verify(1, postRequestedFor(urlEqualTo("/v1/customers")));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsADate() {
        Instant now = TestClients.NOW;
        assertThat(ApiClient.parseRetryAfter("3", now)).isEqualTo(Duration.ofSeconds(3));
        assertThat(ApiClient.parseRetryAfter("0.25", now)).isEqualTo(Duration.ofMillis(250));
        assertThat(ApiClient.parseRetryAfter("Sun, 01 Mar 2026 11:59:00 GMT", now)).isEqualTo(Duration.ZERO);
        assertThat(ApiClient.parseRetryAfter("soon", now)).isNull();
        assertThat(ApiClient.parseRetryAfter("", now)).isNull();
    }
}
