package io.flexprice.ports.testing;

import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.idempotency.IdempotencyKey;
import io.flexprice.ports.out.idempotency.IdempotencyKeyRepository;
import io.flexprice.ports.out.idempotency.StoredRequest;
import io.flexprice.ports.out.idempotency.StoredResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Idempotency keys in a map, with the port's expiry rule (a key claimed before {@code expiredBefore} is
 * treated as never stored). Records the instants of the last claim.
 */
public final class FakeIdempotencyKeyRepository implements IdempotencyKeyRepository {

    private final Map<List<Object>, Held> keys = new HashMap<>();
    private Instant lastClaimNow;
    private Instant lastClaimExpiredBefore;

    @Override
    public Optional<StoredRequest> claim(Scope scope, IdempotencyKey key, String fingerprint, Instant now,
                                         Instant expiredBefore) {
        lastClaimNow = now;
        lastClaimExpiredBefore = expiredBefore;
        Held held = keys.get(List.of(scope, key));
        if (held != null && !held.claimedAt().isBefore(expiredBefore)) {
            return Optional.of(held.request());
        }
        keys.put(List.of(scope, key), new Held(StoredRequest.inFlight(fingerprint), now));
        return Optional.empty();
    }

    @Override
    public void complete(Scope scope, IdempotencyKey key, StoredResponse response) {
        Held held = inFlight(scope, key)
                .orElseThrow(() -> new IllegalStateException("idempotency key " + key + " is not in flight"));
        keys.put(List.of(scope, key), new Held(
                new StoredRequest(held.request().fingerprint(), Optional.of(response)), held.claimedAt()));
    }

    @Override
    public void release(Scope scope, IdempotencyKey key) {
        inFlight(scope, key).ifPresent(held -> keys.remove(List.of(scope, key)));
    }

    /** What the key holds now, if anything. */
    public Optional<StoredRequest> held(Scope scope, IdempotencyKey key) {
        return Optional.ofNullable(keys.get(List.of(scope, key))).map(Held::request);
    }

    public Instant lastClaimNow() {
        return lastClaimNow;
    }

    public Instant lastClaimExpiredBefore() {
        return lastClaimExpiredBefore;
    }

    private Optional<Held> inFlight(Scope scope, IdempotencyKey key) {
        return Optional.ofNullable(keys.get(List.of(scope, key))).filter(h -> h.request().response().isEmpty());
    }

    private record Held(StoredRequest request, Instant claimedAt) {
    }
}
