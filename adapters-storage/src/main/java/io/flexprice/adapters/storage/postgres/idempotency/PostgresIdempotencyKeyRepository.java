package io.flexprice.adapters.storage.postgres.idempotency;

import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.idempotency.IdempotencyKey;
import io.flexprice.ports.out.idempotency.IdempotencyKeyRepository;
import io.flexprice.ports.out.idempotency.StoredRequest;
import io.flexprice.ports.out.idempotency.StoredResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys in table {@code idempotency_keys}, keyed by {@code (tenant_id, environment_id, key)}.
 * Each statement runs on its own (auto-committed), so a claim is visible to concurrent requests at once.
 */
public final class PostgresIdempotencyKeyRepository implements IdempotencyKeyRepository {

    /**
     * How often a claim tries again when the key it lost to is released before it could read it. Each
     * try needs another request to claim and release the key in between: more than a few is a fault.
     */
    private static final int MAX_CLAIM_ATTEMPTS = 5;

    private final IdempotencyKeyMapper mapper;

    @Inject
    public PostgresIdempotencyKeyRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(IdempotencyKeyMapper.class);
    }

    /**
     * Deletes the scope's expired keys, then inserts the key with {@code ON CONFLICT DO NOTHING}: the
     * primary key lets exactly one concurrent insert through. A claim that inserted nothing reads the row
     * that holds the key.
     */
    @Override
    public Optional<StoredRequest> claim(Scope scope, IdempotencyKey key, String fingerprint, Instant now,
                                         Instant expiredBefore) {
        IdempotencyKeyRow claimed = IdempotencyKeyRow.claimed(scope, key, fingerprint, now);
        for (int attempt = 0; attempt < MAX_CLAIM_ATTEMPTS; attempt++) {
            mapper.deleteExpired(scope, expiredBefore);
            if (mapper.insertIfAbsent(claimed) == 1) {
                return Optional.empty();
            }
            IdempotencyKeyRow holder = mapper.find(scope, key);
            if (holder != null) {
                return Optional.of(holder.toDomain());
            }
        }
        throw new IllegalStateException("idempotency key " + key + " of " + scope + " was released "
                + MAX_CLAIM_ATTEMPTS + " times while being claimed");
    }

    @Override
    public void complete(Scope scope, IdempotencyKey key, StoredResponse response) {
        if (mapper.complete(IdempotencyKeyRow.completed(scope, key, response)) != 1) {
            throw new IllegalStateException("idempotency key " + key + " is not in flight in " + scope);
        }
    }

    @Override
    public void release(Scope scope, IdempotencyKey key) {
        mapper.releaseInFlight(scope, key);
    }
}
