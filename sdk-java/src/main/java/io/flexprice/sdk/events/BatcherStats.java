package io.flexprice.sdk.events;

/**
 * Counts of a batcher's events so far.
 *
 * @param accepted  events the server accepted
 * @param failed    events the server refused or that could not be sent
 * @param rejected  events not taken because the queue was full
 * @param queued    events waiting in the queue now
 * @param inFlight  events in requests under way now
 * @param requests  bulk requests sent (a retry inside one is not counted)
 */
public record BatcherStats(long accepted, long failed, long rejected, int queued, long inFlight, long requests) {
}
