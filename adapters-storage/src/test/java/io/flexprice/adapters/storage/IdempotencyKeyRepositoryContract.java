package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.idempotency.IdempotencyKey;
import io.flexprice.ports.out.idempotency.IdempotencyKeyRepository;
import io.flexprice.ports.out.idempotency.StoredRequest;
import io.flexprice.ports.out.idempotency.StoredResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyKeyRepository} does. */
public abstract class IdempotencyKeyRepositoryContract {

    /** The expiry bound of claims that expire nothing claimed at or after {@link Fixtures#T0}. */
    private static final Instant NOTHING_EXPIRED = T0.minusSeconds(86_400);

    private static final StoredResponse CREATED = new StoredResponse(201, "application/json",
            "{\"id\":\"cust_1\"}".getBytes(StandardCharsets.UTF_8));

    private final Scope scope = Fixtures.aScope();
    private final IdempotencyKey key = new IdempotencyKey(Fixtures.uniqueId("key"));

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract IdempotencyKeyRepository repository();

    @Test
    void aNewKeyIsClaimedAndThenHeldInFlightByTheFirstRequest() {
        assertThat(claim(scope, "fp-first", T0)).isEmpty();

        assertThat(claim(scope, "fp-first", T0.plusSeconds(1))).contains(StoredRequest.inFlight("fp-first"));
        assertThat(claim(scope, "fp-other", T0.plusSeconds(2))).contains(StoredRequest.inFlight("fp-first"));
    }

    @Test
    void aCompletedKeyAnswersEveryLaterClaimWithItsResponseByteForByte() {
        byte[] body = {'{', 0, (byte) 0xff, (byte) 0xc3, '}'}; // not text: the body is kept as bytes
        StoredResponse response = new StoredResponse(400, "application/json; charset=UTF-8", body);
        claim(scope, "fp-first", T0);

        repository().complete(scope, key, response);

        assertThat(claim(scope, "fp-first", T0.plusSeconds(1)))
                .contains(new StoredRequest("fp-first", Optional.of(response)));
        assertThat(claim(scope, "fp-other", T0.plusSeconds(2)).orElseThrow().response()).contains(response);
    }

    @Test
    void aResponseWithoutContentTypeOrBodyIsKeptSo() {
        StoredResponse noContent = new StoredResponse(204, null, new byte[0]);
        claim(scope, "fp", T0);

        repository().complete(scope, key, noContent);

        assertThat(claim(scope, "fp", T0).orElseThrow().response()).contains(noContent);
    }

    @Test
    void aReleasedKeyIsClaimedAgainByTheNextRequest() {
        claim(scope, "fp-first", T0);

        repository().release(scope, key);

        assertThat(claim(scope, "fp-second", T0.plusSeconds(1))).isEmpty();
        assertThat(claim(scope, "fp-third", T0.plusSeconds(2))).contains(StoredRequest.inFlight("fp-second"));
    }

    @Test
    void releaseLeavesACompletedKeyAsItIsAndIgnoresAKeyNotStored() {
        claim(scope, "fp", T0);
        repository().complete(scope, key, CREATED);

        repository().release(scope, key);
        repository().release(scope, new IdempotencyKey(Fixtures.uniqueId("key")));

        assertThat(claim(scope, "fp", T0).orElseThrow().response()).contains(CREATED);
    }

    @Test
    void onlyAKeyInFlightCanBeCompleted() {
        assertThatThrownBy(() -> repository().complete(scope, key, CREATED))
                .as("never claimed").isInstanceOf(IllegalStateException.class);
        claim(scope, "fp", T0);
        repository().complete(scope, key, CREATED);
        StoredResponse other = new StoredResponse(200, "application/json", new byte[] {'1'});

        assertThatThrownBy(() -> repository().complete(scope, key, other))
                .as("completed already").isInstanceOf(IllegalStateException.class);
        assertThat(claim(scope, "fp", T0).orElseThrow().response()).contains(CREATED);
    }

    @Test
    void aKeyClaimedBeforeTheExpiryBoundOfAClaimIsNewToIt() {
        IdempotencyKey completedKey = new IdempotencyKey(Fixtures.uniqueId("key"));
        claim(scope, "fp-old", T0);
        repository().claim(scope, completedKey, "fp-old", T0, NOTHING_EXPIRED);
        repository().complete(scope, completedKey, CREATED);

        assertThat(repository().claim(scope, key, "fp-new", T0.plusSeconds(60), T0))
                .as("claimed exactly at the bound: not expired").contains(StoredRequest.inFlight("fp-old"));
        Instant later = T0.plusSeconds(86_400);
        assertThat(repository().claim(scope, key, "fp-new", later, T0.plusMillis(1))).as("in flight, expired").isEmpty();
        assertThat(repository().claim(scope, completedKey, "fp-new", later, T0.plusMillis(1)))
                .as("completed, expired").isEmpty();
        assertThat(repository().claim(scope, completedKey, "fp-newer", later, T0.plusMillis(1)))
                .contains(StoredRequest.inFlight("fp-new"));
    }

    @Test
    void aKeyBelongsToItsScope() {
        Scope otherEnvironment = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));
        Scope otherTenant = new Scope(new TenantId(Fixtures.uniqueId("tenant")), scope.environmentId());
        claim(scope, "fp", T0);
        repository().complete(scope, key, CREATED);

        assertThat(claim(otherEnvironment, "fp", T0)).isEmpty();
        assertThat(claim(otherTenant, "fp", T0)).isEmpty();
        repository().release(otherEnvironment, key);
        assertThatThrownBy(() -> repository().complete(otherTenant, new IdempotencyKey(Fixtures.uniqueId("key")),
                CREATED)).isInstanceOf(IllegalStateException.class);

        assertThat(claim(scope, "fp", T0).orElseThrow().response()).contains(CREATED);
        assertThat(claim(otherTenant, "fp", T0)).contains(StoredRequest.inFlight("fp"));
    }

    @Test
    void ofConcurrentClaimsOfOneKeyExactlyOneWinsAndTheOthersSeeItsRequest() throws Exception {
        List<Future<Optional<StoredRequest>>> claims = Concurrently.run(16, thread -> claim(scope, "fp-" + thread, T0));

        List<Optional<StoredRequest>> outcomes = new ArrayList<>();
        for (Future<Optional<StoredRequest>> claim : claims) {
            outcomes.add(claim.get());
        }
        List<Integer> winners = IntStream.range(0, outcomes.size()).filter(thread -> outcomes.get(thread).isEmpty())
                .boxed().toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes).filteredOn(Optional::isPresent).hasSize(15)
                .containsOnly(Optional.of(StoredRequest.inFlight("fp-" + winners.get(0))));
    }

    private Optional<StoredRequest> claim(Scope in, String fingerprint, Instant at) {
        return repository().claim(in, key, fingerprint, at, NOTHING_EXPIRED);
    }
}
