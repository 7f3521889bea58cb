package io.flexprice.sdk.events;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How an {@link EventBatcher} batches. Build with {@link #builder()}; every setting has a default.
 *
 * @param maxBatchSize    the most events per bulk request, 1 to 1000 (default 500)
 * @param maxDelay        the longest an event waits for its batch to fill before it is sent anyway
 *                        (default 500 ms)
 * @param queueCapacity   the most events waiting to be sent (default 10,000)
 * @param overflowPolicy  what {@code add} does when the queue is full (default {@link OverflowPolicy#BLOCK})
 * @param blockTimeout    with {@code BLOCK}: the longest {@code add} waits for room before it rejects the
 *                        event; null waits as long as it takes (the default)
 * @param concurrency     the most bulk requests under way at once (default 2)
 * @param onFailure       called (on a batcher thread) with every batch of events that could not be
 *                        delivered; the default logs a warning. It must not block for long
 * @param closeOnShutdown whether a JVM shutdown hook closes (and so drains) the batcher (default false)
 */
public record BatcherOptions(int maxBatchSize, Duration maxDelay, int queueCapacity, OverflowPolicy overflowPolicy,
                             Duration blockTimeout, int concurrency, Consumer<BatchFailure> onFailure,
                             boolean closeOnShutdown) {

    public static final int DEFAULT_MAX_BATCH_SIZE = 500;
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofMillis(500);
    public static final int DEFAULT_QUEUE_CAPACITY = 10_000;
    public static final int DEFAULT_CONCURRENCY = 2;

    public BatcherOptions {
        if (maxBatchSize < 1 || maxBatchSize > EventsService.MAX_BULK_SIZE) {
            throw new IllegalArgumentException("maxBatchSize must be between 1 and " + EventsService.MAX_BULK_SIZE);
        }
        if (maxDelay == null || maxDelay.isNegative()) {
            throw new IllegalArgumentException("maxDelay must not be negative");
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be positive");
        }
        Objects.requireNonNull(overflowPolicy, "overflowPolicy");
        if (blockTimeout != null && blockTimeout.isNegative()) {
            throw new IllegalArgumentException("blockTimeout must not be negative");
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be positive");
        }
        Objects.requireNonNull(onFailure, "onFailure");
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private int maxBatchSize = DEFAULT_MAX_BATCH_SIZE;
        private Duration maxDelay = DEFAULT_MAX_DELAY;
        private int queueCapacity = DEFAULT_QUEUE_CAPACITY;
        private OverflowPolicy overflowPolicy = OverflowPolicy.BLOCK;
        private Duration blockTimeout;
        private int concurrency = DEFAULT_CONCURRENCY;
        private Consumer<BatchFailure> onFailure = EventBatcher::logFailure;
        private boolean closeOnShutdown;

        private Builder() {
        }

        public Builder maxBatchSize(int maxBatchSize) {
            this.maxBatchSize = maxBatchSize;
            return this;
        }

        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
            return this;
        }

        public Builder queueCapacity(int queueCapacity) {
            this.queueCapacity = queueCapacity;
            return this;
        }

        public Builder overflowPolicy(OverflowPolicy overflowPolicy) {
            this.overflowPolicy = overflowPolicy;
            return this;
        }

        public Builder blockTimeout(Duration blockTimeout) {
            this.blockTimeout = blockTimeout;
            return this;
        }

        public Builder concurrency(int concurrency) {
            this.concurrency = concurrency;
            return this;
        }

        public Builder onFailure(Consumer<BatchFailure> onFailure) {
            this.onFailure = onFailure;
            return this;
        }

        public Builder closeOnShutdown(boolean closeOnShutdown) {
            this.closeOnShutdown = closeOnShutdown;
            return this;
        }

        public BatcherOptions build() {
            return new BatcherOptions(maxBatchSize, maxDelay, queueCapacity, overflowPolicy, blockTimeout, concurrency,
                    onFailure, closeOnShutdown);
        }
    }
}
