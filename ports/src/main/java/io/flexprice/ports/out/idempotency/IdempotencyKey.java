package io.flexprice.ports.out.idempotency;

import io.flexprice.domain.common.EntityId;

/**
 * The client's name for one logical request, sent in the {@code Idempotency-Key} header: any string of
 * 1 to 255 characters, meaningful only within its scope.
 */
public record IdempotencyKey(String value) {

    private static final String FIELD = "Idempotency-Key";

    public IdempotencyKey {
        EntityId.require(value, FIELD);
    }

    @Override
    public String toString() {
        return value;
    }
}
