package io.flexprice.ports.out.common;

import io.flexprice.domain.tenancy.Scope;

/**
 * Gap-free counters per scope, such as invoice numbers per month ({@code "invoice:202611"}).
 *
 * <p>Call {@link #next} inside the unit of work that uses the number ({@link Transactions}): the
 * counter stays locked until that unit commits, so concurrent callers get consecutive numbers, and a
 * unit that rolls back gives its number back. A number is therefore never skipped nor issued twice.
 */
public interface SequenceRepository {

    /**
     * The next value of the counter {@code name} in {@code scope}: 1 the first time, then one more than
     * the last committed value.
     */
    long next(Scope scope, String name);
}
