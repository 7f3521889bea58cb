package io.flexprice.ports.in.idempotency;

import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.idempotency.IdempotencyKey;
import io.flexprice.ports.out.idempotency.StoredResponse;
import java.util.Optional;

/**
 * Idempotent retries, as Stripe does them: the first request with a key runs and its response is kept;
 * a retry of the same request with that key gets the kept response instead of running again. Keys are
 * per caller scope (tenant and environment) and expire a while after their first use.
 */
public interface ReplayIdempotentRequestsUseCase {

    /**
     * Called before the request runs.
     *
     * @return the response to answer with instead of running the request (the key's first request was
     *     this one and has finished); or empty if the request is the first with its key: it must run,
     *     then {@link #finish} or {@link #abandon} its key
     * @throws io.flexprice.domain.common.ConflictException {@code request.idempotency_key_reused} if the
     *     key's first request was another one; {@code request.idempotency_key_in_flight} if it is still
     *     running (retry later)
     */
    Optional<StoredResponse> begin(Caller caller, IdempotentRequest request);

    /**
     * Called with the response of a request that {@link #begin} let run: a response below 500 is kept for
     * the retries; a server error is not, and the key is free again so that a retry runs.
     */
    void finish(Caller caller, IdempotencyKey key, StoredResponse response);

    /** Called if a request that {@link #begin} let run ended without a response: the key is free again. */
    void abandon(Caller caller, IdempotencyKey key);
}
