package io.flexprice.adapters.storage.postgres.idempotency;

import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.idempotency.IdempotencyKey;
import io.flexprice.ports.out.idempotency.StoredRequest;
import io.flexprice.ports.out.idempotency.StoredResponse;
import java.time.Instant;
import java.util.Optional;

/** A row of {@code idempotency_keys}; the response columns are null while the key is in flight. */
final class IdempotencyKeyRow {

    private String tenantId;
    private String environmentId;
    private String key;
    private String fingerprint;
    private Instant claimedAt;
    private Integer responseStatus;
    private String responseContentType;
    private byte[] responseBody;

    static IdempotencyKeyRow claimed(Scope scope, IdempotencyKey key, String fingerprint, Instant at) {
        IdempotencyKeyRow row = scoped(scope, key);
        row.fingerprint = fingerprint;
        row.claimedAt = at;
        return row;
    }

    static IdempotencyKeyRow completed(Scope scope, IdempotencyKey key, StoredResponse response) {
        IdempotencyKeyRow row = scoped(scope, key);
        row.responseStatus = response.status();
        row.responseContentType = response.contentType();
        row.responseBody = response.body();
        return row;
    }

    StoredRequest toDomain() {
        return new StoredRequest(fingerprint, responseStatus == null ? Optional.empty()
                : Optional.of(new StoredResponse(responseStatus, responseContentType, responseBody)));
    }

    private static IdempotencyKeyRow scoped(Scope scope, IdempotencyKey key) {
        IdempotencyKeyRow row = new IdempotencyKeyRow();
        row.tenantId = scope.tenantId().value();
        row.environmentId = scope.environmentId().value();
        row.key = key.value();
        return row;
    }
}
