package io.flexprice.ports.in.billing;

import java.time.Instant;

/**
 * The billing loop: invoices every subscription period that has ended, in every tenant and environment, once. A
 * scheduler (local mode's, later a Temporal workflow) calls it again and again; each call picks up what is due.
 */
public interface BillDueSubscriptionsUseCase {

    /** The actor recorded on what the loop creates and changes. */
    String ACTOR = "billing";

    /**
     * Bills at most {@code limit} due periods, each in its own unit of work together with its cursor's advance: a
     * subscription that fell behind has its missed periods billed in order; a failure is recorded on that
     * subscription's cursor (retried later) and does not stop the others.
     *
     * @param now what is due: periods that ended at or before it
     */
    BillingRunSummary billDue(Instant now, int limit);
}
