package io.flexprice.ports.out.idempotency;

import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency keys, per scope, each held by the first request sent with it: first while that request
 * runs ("in flight"), then with its response. A key claimed before the {@code expiredBefore} bound of a
 * claim is expired: that claim treats it as never stored.
 */
public interface IdempotencyKeyRepository {

    /**
     * Claims {@code key} for a request with this fingerprint, atomically: of any number of concurrent
     * claims of a free key exactly one succeeds. A claim may delete the expired keys of the scope.
     *
     * @param now when the key is claimed, the instant its expiry is counted from
     * @param expiredBefore keys claimed before this instant are expired
     * @return empty if this call claimed the key (it is now in flight); else the request holding it
     */
    Optional<StoredRequest> claim(Scope scope, IdempotencyKey key, String fingerprint, Instant now,
                                  Instant expiredBefore);

    /**
     * Stores the response of the request holding {@code key}: every later claim gets it.
     *
     * @throws IllegalStateException if the key is not in flight (never claimed, released, or completed)
     */
    void complete(Scope scope, IdempotencyKey key, StoredResponse response);

    /**
     * Frees a key in flight, so that a retry with it runs again. A completed key is left as it is; a key
     * that is not stored is no error.
     */
    void release(Scope scope, IdempotencyKey key);
}
