package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.idempotency.IdempotencyKey;
import io.flexprice.ports.out.idempotency.IdempotencyKeyRepository;
import io.flexprice.ports.out.idempotency.StoredRequest;
import io.flexprice.ports.out.idempotency.StoredResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Idempotency keys in memory, per scope. Every operation is serialised, so a claim is one atomic step. */
public final class InMemoryIdempotencyKeyRepository implements IdempotencyKeyRepository {

    private final Map<Scope, Map<IdempotencyKey, Held>> keys = new HashMap<>();

    @Inject
    public InMemoryIdempotencyKeyRepository() {
    }

    /** Deletes the scope's expired keys first, then stores the key unless it is held. */
    @Override
    public synchronized Optional<StoredRequest> claim(Scope scope, IdempotencyKey key, String fingerprint,
                                                      Instant now, Instant expiredBefore) {
        Map<IdempotencyKey, Held> ofScope = keys.computeIfAbsent(scope, s -> new HashMap<>());
        ofScope.values().removeIf(held -> held.claimedAt().isBefore(expiredBefore));
        Held holder = ofScope.putIfAbsent(key, new Held(StoredRequest.inFlight(fingerprint), now));
        return holder == null ? Optional.empty() : Optional.of(holder.request());
    }

    @Override
    public synchronized void complete(Scope scope, IdempotencyKey key, StoredResponse response) {
        Held held = inFlight(scope, key)
                .orElseThrow(() -> new IllegalStateException("idempotency key " + key + " is not in flight in " + scope));
        keys.get(scope).put(key, new Held(new StoredRequest(held.request().fingerprint(), Optional.of(response)),
                held.claimedAt()));
    }

    @Override
    public synchronized void release(Scope scope, IdempotencyKey key) {
        inFlight(scope, key).ifPresent(held -> keys.get(scope).remove(key));
    }

    private Optional<Held> inFlight(Scope scope, IdempotencyKey key) {
        return Optional.ofNullable(keys.getOrDefault(scope, Map.of()).get(key))
                .filter(held -> held.request().response().isEmpty());
    }

    private record Held(StoredRequest request, Instant claimedAt) {
    }
}
