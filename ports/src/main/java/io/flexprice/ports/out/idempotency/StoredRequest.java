package io.flexprice.ports.out.idempotency;

import java.util.Objects;
import java.util.Optional;

/**
 * The request that holds an idempotency key: its fingerprint and, once it has finished, its response;
 * without one it is still running.
 */
public record StoredRequest(String fingerprint, Optional<StoredResponse> response) {

    public StoredRequest {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(response, "response");
    }

    public static StoredRequest inFlight(String fingerprint) {
        return new StoredRequest(fingerprint, Optional.empty());
    }
}
