package io.flexprice.adapters.http.support;

import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.idempotency.IdempotencyKey;
import io.flexprice.ports.out.idempotency.IdempotencyKeyRepository;
import io.flexprice.ports.out.idempotency.StoredRequest;
import io.flexprice.ports.out.idempotency.StoredResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Keys in a map, with the rules of the port: expiry, in flight, completed, released. */
public final class FakeIdempotencyKeys implements IdempotencyKeyRepository {

    private final Map<String, Held> keys = new HashMap<>();

    public synchronized void reset() {
        keys.clear();
    }

    /** How many keys are stored (in flight or completed). */
    public synchronized int size() {
        return keys.size();
    }

    @Override
    public synchronized Optional<StoredRequest> claim(Scope scope, IdempotencyKey key, String fingerprint, Instant now,
                                                      Instant expiredBefore) {
        keys.values().removeIf(held -> held.claimedAt().isBefore(expiredBefore));
        Held holder = keys.putIfAbsent(id(scope, key), new Held(StoredRequest.inFlight(fingerprint), now));
        return holder == null ? Optional.empty() : Optional.of(holder.request());
    }

    @Override
    public synchronized void complete(Scope scope, IdempotencyKey key, StoredResponse response) {
        Held held = keys.get(id(scope, key));
        if (held == null || held.request().response().isPresent()) {
            throw new IllegalStateException("idempotency key " + key + " is not in flight");
        }
        keys.put(id(scope, key), new Held(new StoredRequest(held.request().fingerprint(), Optional.of(response)),
                held.claimedAt()));
    }

    @Override
    public synchronized void release(Scope scope, IdempotencyKey key) {
        Held held = keys.get(id(scope, key));
        if (held != null && held.request().response().isEmpty()) {
            keys.remove(id(scope, key));
        }
    }

    private static String id(Scope scope, IdempotencyKey key) {
        return scope.tenantId() + "/" + scope.environmentId() + "/" + key.value();
    }

    private record Held(StoredRequest request, Instant claimedAt) {
    }
}
