package io.flexprice.adapters.storage.postgres.idempotency;

import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.idempotency.IdempotencyKey;
import java.time.Instant;

/** The SQL is in IdempotencyKeyMapper.xml. */
interface IdempotencyKeyMapper {

    int deleteExpired(Scope scope, Instant expiredBefore);

    /** Inserts the claimed key unless the scope has it: 1 if inserted, 0 if not. */
    int insertIfAbsent(IdempotencyKeyRow row);

    IdempotencyKeyRow find(Scope scope, IdempotencyKey key);

    /** Sets the response of a key in flight: 1 if it was in flight, 0 if not. */
    int complete(IdempotencyKeyRow row);

    int releaseInFlight(Scope scope, IdempotencyKey key);
}
