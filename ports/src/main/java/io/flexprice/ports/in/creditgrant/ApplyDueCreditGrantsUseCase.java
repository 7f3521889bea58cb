package io.flexprice.ports.in.creditgrant;

import java.time.Instant;

/**
 * The grant run: applies every application due at {@code now} (a grant's period that has begun for a live
 * subscription) by a free top-up of the customer's wallet, each once; see {@code ApplyDueCreditGrantsService}.
 */
public interface ApplyDueCreditGrantsUseCase {

    /** The actor the run records. */
    String SYSTEM_ACTOR = "system:credit_grants";

    /** Applies at most {@code limit} due applications across every tenant. */
    CreditGrantRunSummary applyDue(Instant now, int limit);
}
