package io.flexprice.ports.application.idempotency;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.ports.in.idempotency.IdempotentRequest;
import io.flexprice.ports.in.idempotency.ReplayIdempotentRequestsUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.idempotency.IdempotencyKey;
import io.flexprice.ports.out.idempotency.IdempotencyKeyRepository;
import io.flexprice.ports.out.idempotency.StoredRequest;
import io.flexprice.ports.out.idempotency.StoredResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

public final class ReplayIdempotentRequestsService implements ReplayIdempotentRequestsUseCase {

    /** How long a key is held after its first request arrived; after that the key is new again. */
    public static final Duration KEY_LIFETIME = Duration.ofHours(24);

    private static final int FIRST_SERVER_ERROR = 500;

    private final IdempotencyKeyRepository keys;
    private final Clock clock;

    public ReplayIdempotentRequestsService(IdempotencyKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Optional<StoredResponse> begin(Caller caller, IdempotentRequest request) {
        Instant now = clock.instant();
        Optional<StoredRequest> holder = keys.claim(caller.scope(), request.key(), request.fingerprint(), now,
                now.minus(KEY_LIFETIME));
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        if (!holder.get().fingerprint().equals(request.fingerprint())) {
            throw new ConflictException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "this Idempotency-Key was used for "
                    + "another request (method, path, query or body differ); send a new key with a new request");
        }
        return Optional.of(holder.get().response().orElseThrow(() -> new ConflictException(
                ErrorCode.IDEMPOTENCY_KEY_IN_FLIGHT,
                "the first request with this Idempotency-Key is still running; retry it later")));
    }

    @Override
    public void finish(Caller caller, IdempotencyKey key, StoredResponse response) {
        if (response.status() >= FIRST_SERVER_ERROR) {
            keys.release(caller.scope(), key);
        } else {
            keys.complete(caller.scope(), key, response);
        }
    }

    @Override
    public void abandon(Caller caller, IdempotencyKey key) {
        keys.release(caller.scope(), key);
    }
}
