package io.flexprice.ports.application.idempotency;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static io.flexprice.ports.testing.Fixtures.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.ports.in.idempotency.IdempotentRequest;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.idempotency.IdempotencyKey;
import io.flexprice.ports.out.idempotency.StoredRequest;
import io.flexprice.ports.out.idempotency.StoredResponse;
import io.flexprice.ports.testing.FakeIdempotencyKeyRepository;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplayIdempotentRequestsServiceTest {

    private static final IdempotencyKey KEY = new IdempotencyKey("create-acme-1");
    private static final IdempotentRequest CREATE_ACME = request("{\"external_id\":\"acme\"}");
    private static final IdempotentRequest CREATE_GLOBEX = request("{\"external_id\":\"globex\"}");
    private static final StoredResponse CREATED = response(201);

    private final FakeIdempotencyKeyRepository keys = new FakeIdempotencyKeyRepository();
    private final ReplayIdempotentRequestsService service = new ReplayIdempotentRequestsService(keys, CLOCK);
    private final Caller caller = aCaller().build();

    private static IdempotentRequest request(String body) {
        return IdempotentRequest.of(KEY, "POST", "/v1/customers", body.getBytes(StandardCharsets.UTF_8));
    }

    private static StoredResponse response(int status) {
        return new StoredResponse(status, "application/json",
                ("{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8));
    }

    private ReplayIdempotentRequestsService after(Duration elapsed) {
        return new ReplayIdempotentRequestsService(keys, clockAt(NOW.plus(elapsed)));
    }

    private static void assertConflict(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).code()).isEqualTo(code);
    }

    @Test
    void theFirstRequestWithAKeyRunsAndHoldsTheKey() {
        assertThat(service.begin(caller, CREATE_ACME)).isEmpty();

        assertThat(keys.held(SCOPE, KEY)).contains(StoredRequest.inFlight(CREATE_ACME.fingerprint()));
    }

    @Test
    void theKeyIsClaimedNowAndKeysOlderThan24HoursCountAsExpired() {
        service.begin(caller, CREATE_ACME);

        assertThat(keys.lastClaimNow()).isEqualTo(NOW);
        assertThat(keys.lastClaimExpiredBefore()).isEqualTo(NOW.minus(Duration.ofHours(24)));
        assertThat(ReplayIdempotentRequestsService.KEY_LIFETIME).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void aRetryOfAFinishedRequestGetsItsResponseInsteadOfRunning() {
        service.begin(caller, CREATE_ACME);
        service.finish(caller, KEY, CREATED);

        Optional<StoredResponse> replayed = service.begin(caller, request("{\"external_id\":\"acme\"}"));

        assertThat(replayed).contains(CREATED);
        assertThat(replayed.orElseThrow().body()).isEqualTo(CREATED.body());
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 204, 400, 404, 409, 422, 499})
    void everyResponseBelow500IsKeptForRetries(int status) {
        service.begin(caller, CREATE_ACME);
        service.finish(caller, KEY, response(status));

        assertThat(service.begin(caller, CREATE_ACME)).contains(response(status));
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 599})
    void aServerErrorIsNotKeptAndTheRetryRuns(int status) {
        service.begin(caller, CREATE_ACME);
        service.finish(caller, KEY, response(status));

        assertThat(keys.held(SCOPE, KEY)).isEmpty();
        assertThat(service.begin(caller, CREATE_ACME)).isEmpty();
    }

    @Test
    void aRetryWhileTheFirstRequestRunsIsAnInFlightConflict() {
        service.begin(caller, CREATE_ACME);

        assertConflict(() -> service.begin(caller, CREATE_ACME), ErrorCode.IDEMPOTENCY_KEY_IN_FLIGHT);
    }

    @Test
    void anotherRequestWithAFinishedRequestsKeyIsAReusedConflict() {
        service.begin(caller, CREATE_ACME);
        service.finish(caller, KEY, CREATED);

        assertConflict(() -> service.begin(caller, CREATE_GLOBEX), ErrorCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void anotherRequestWithARunningRequestsKeyIsAReusedConflict() {
        service.begin(caller, CREATE_ACME);

        assertConflict(() -> service.begin(caller, CREATE_GLOBEX), ErrorCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void theSameBodySentToAnotherTargetIsAnotherRequest() {
        service.begin(caller, CREATE_ACME);
        service.finish(caller, KEY, CREATED);
        IdempotentRequest update = IdempotentRequest.of(KEY, "PUT", "/v1/customers/cust_1",
                "{\"external_id\":\"acme\"}".getBytes(StandardCharsets.UTF_8));

        assertConflict(() -> service.begin(caller, update), ErrorCode.IDEMPOTENCY_KEY_REUSED);
    }

    @Test
    void anAbandonedRequestFreesItsKeyForARetry() {
        service.begin(caller, CREATE_ACME);

        service.abandon(caller, KEY);

        assertThat(keys.held(SCOPE, KEY)).isEmpty();
        assertThat(service.begin(caller, CREATE_ACME)).isEmpty();
    }

    @Test
    void aKeyIsStillHeldExactly24HoursAfterItsFirstRequest() {
        service.begin(caller, CREATE_ACME);
        service.finish(caller, KEY, CREATED);

        assertThat(after(Duration.ofHours(24)).begin(caller, CREATE_ACME)).contains(CREATED);
    }

    @Test
    void moreThan24HoursAfterItsFirstRequestAKeyIsNewAgain() {
        service.begin(caller, CREATE_ACME);
        service.finish(caller, KEY, CREATED);

        ReplayIdempotentRequestsService aDayLater = after(Duration.ofHours(24).plusMillis(1));

        assertThat(aDayLater.begin(caller, CREATE_GLOBEX)).isEmpty();
        assertThat(keys.held(SCOPE, KEY)).contains(StoredRequest.inFlight(CREATE_GLOBEX.fingerprint()));
    }

    @Test
    void keysArePerScope() {
        service.begin(caller, CREATE_ACME);
        service.finish(caller, KEY, CREATED);

        assertThat(service.begin(aCaller().in(OTHER_ENVIRONMENT).build(), CREATE_GLOBEX)).isEmpty();
        assertThat(service.begin(caller, CREATE_ACME)).contains(CREATED);
    }
}
