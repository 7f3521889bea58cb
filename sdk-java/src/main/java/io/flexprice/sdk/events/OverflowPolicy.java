package io.flexprice.sdk.events;

/** What {@link EventBatcher#add(IngestEventParams)} does when the batcher's queue is full. */
public enum OverflowPolicy {

    /**
     * Wait for room (at most {@link BatcherOptions#blockTimeout()}, forever if that is unset): producers
     * slow down to what the server takes. The default: no event is dropped while the server keeps up.
     */
    BLOCK,

    /**
     * Refuse at once: the event's future fails with {@link BatcherOverflowException} and the failure
     * callback gets it, so producers never wait.
     */
    REJECT
}
