package io.flexprice.sdk.events;

import io.flexprice.sdk.errors.FieldError;
import io.flexprice.sdk.errors.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends events in bulk requests in the background. {@link #add(IngestEventParams)} gives the event its
 * id and timestamp, queues it and returns at once (or, with {@link OverflowPolicy#BLOCK}, once there is
 * room); a dispatcher thread sends a batch when it has {@code maxBatchSize} events or its oldest event
 * has waited {@code maxDelay}, with up to {@code concurrency} requests under way. Safe to use from any
 * number of producer threads.
 *
 * <p>Every bulk request goes through the client's retries with one idempotency key, and every event
 * keeps its id across them, so nothing is counted twice. Each event's future completes with its id once
 * the server accepted it, or fails with the reason; failed batches also go to
 * {@link BatcherOptions#onFailure()}. If the server refuses a batch naming some of its events as invalid
 * ({@code events[i]...}), those fail and the others are sent again without them.
 *
 * <p>{@link #flush()} sends everything added so far without waiting for batches to fill;
 * {@link #close()} stops taking events, sends everything queued and waits for it. Close the batcher
 * before the JVM exits (or set {@link BatcherOptions#closeOnShutdown()}): its threads are daemons, and
 * events still queued at exit are lost.
 *
 * <p>Futures and the failure callback complete on the batcher's threads: keep what runs there short.
 */
public final class EventBatcher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(EventBatcher.class.getName());
    private static final Pattern EVENT_INDEX = Pattern.compile("^events\\[(\\d+)]");
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final ThreadLocal<Boolean> ON_BATCHER_THREAD = ThreadLocal.withInitial(() -> false);

    private final EventsService events;
    private final BatcherOptions options;
    private final Supplier<String> ids;
    private final Clock clock;
    private final long maxDelayNanos;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    /** Guarded by {@link #lock}. */
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    /** Guarded by {@link #lock}. */
    private final List<FlushRequest> flushRequests = new ArrayList<>();
    /** Guarded by {@link #lock}: the sequence number of the last event added. */
    private long lastAdded;
    /** Guarded by {@link #lock}: the sequence number of the last event taken into a batch. */
    private long lastTaken;
    /** Guarded by {@link #lock}. */
    private boolean closing;

    /** One future per batch taken and not yet finished; registered under the lock when the batch is taken. */
    private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();
    private final Semaphore permits;
    private final ExecutorService senders;
    private final Thread dispatcher;
    private final CompletableFuture<Void> terminated = new CompletableFuture<>();
    private final Thread shutdownHook;

    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong inFlightEvents = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    EventBatcher(EventsService events, BatcherOptions options, Supplier<String> ids, Clock clock) {
        this.events = Objects.requireNonNull(events, "events");
        this.options = Objects.requireNonNull(options, "options");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxDelayNanos = options.maxDelay().toNanos();
        this.permits = new Semaphore(options.concurrency());
        String name = "flexprice-batcher-" + INSTANCES.incrementAndGet();
        AtomicInteger senderCount = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(options.concurrency(), task -> {
            Thread thread = new Thread(() -> {
                ON_BATCHER_THREAD.set(true);
                task.run();
            }, name + "-sender-" + senderCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.dispatcher = new Thread(this::dispatchLoop, name + "-dispatcher");
        this.dispatcher.setDaemon(true);
        this.dispatcher.start();
        if (options.closeOnShutdown()) {
            this.shutdownHook = new Thread(this::close, name + "-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } else {
            this.shutdownHook = null;
        }
    }

    /**
     * Queues an event. Its id and timestamp are set now if it has none. The future completes with the
     * event's id when the server accepted it, or fails: with {@link BatcherOverflowException} if the queue
     * had no room (see {@link OverflowPolicy}), else with the {@code FlexpriceException} of its batch.
     *
     * @throws IllegalStateException if the batcher is closed
     */
    public CompletableFuture<String> add(IngestEventParams event) {
        IngestEventParams stamped = Objects.requireNonNull(event, "event").withDefaults(ids, clock);
        CompletableFuture<String> result = new CompletableFuture<>();
        String refusal;
        lock.lock();
        try {
            if (closing) {
                throw new IllegalStateException("the event batcher is closed");
            }
            refusal = queue.size() < options.queueCapacity() ? null : awaitRoom();
            if (refusal == null) {
                if (closing) {
                    throw new IllegalStateException("the event batcher was closed while waiting for room");
                }
                queue.addLast(new Pending(stamped, result, System.nanoTime(), ++lastAdded));
                if (queue.size() == 1 || queue.size() >= options.maxBatchSize()) {
                    notEmpty.signal();
                }
            }
        } finally {
            lock.unlock();
        }
        if (refusal != null) {
            rejected.incrementAndGet();
            BatcherOverflowException overflow = new BatcherOverflowException(refusal);
            result.completeExceptionally(overflow);
            report(List.of(stamped), overflow);
        }
        return result;
    }

    /** Waits for room in the queue as the policy says; null once there is room, else why not. Lock held. */
    private String awaitRoom() {
        if (options.overflowPolicy() == OverflowPolicy.REJECT) {
            return "the event queue is full (" + options.queueCapacity() + " events)";
        }
        Duration timeout = options.blockTimeout();
        long nanos = timeout == null ? 0 : timeout.toNanos();
        try {
            while (queue.size() >= options.queueCapacity() && !closing) {
                if (timeout == null) {
                    notFull.await();
                } else if (nanos <= 0) {
                    return "the event queue stayed full (" + options.queueCapacity() + " events) for " + timeout;
                } else {
                    nanos = notFull.awaitNanos(nanos);
                }
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while waiting for room in the event queue";
        }
    }

    /**
     * Sends every event added before this call without waiting for batches to fill. The future
     * completes when all of them have been accepted or have failed (their own futures say which).
     */
    public CompletableFuture<Void> flush() {
        CompletableFuture<Void> flushed = new CompletableFuture<>();
        lock.lock();
        try {
            if (lastTaken >= lastAdded) {
                completeWhenInFlightDone(List.of(flushed), inFlightSnapshot());
            } else {
                flushRequests.add(new FlushRequest(lastAdded, flushed));
                notEmpty.signal();
            }
        } finally {
            lock.unlock();
        }
        return flushed;
    }

    /** Stops taking events, sends everything queued and waits until it is accepted or has failed. */
    @Override
    public void close() {
        close(null);
    }

    /**
     * {@link #close()}, waiting at most {@code timeout} (null: as long as it takes). Returns whether
     * everything was sent in time; if not, sending goes on in the background.
     */
    public boolean close(Duration timeout) {
        lock.lock();
        try {
            closing = true;
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs anyway
            }
        }
        if (ON_BATCHER_THREAD.get()) {
            return false; // called from a callback: waiting here would wait for ourselves
        }
        try {
            if (timeout == null) {
                terminated.get();
            } else {
                terminated.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the event batcher failed", e.getCause());
        }
    }

    /** Whether {@link #close()} has been called. */
    public boolean isClosed() {
        lock.lock();
        try {
            return closing;
        } finally {
            lock.unlock();
        }
    }

    public BatcherStats stats() {
        int queued;
        lock.lock();
        try {
            queued = queue.size();
        } finally {
            lock.unlock();
        }
        return new BatcherStats(accepted.get(), failed.get(), rejected.get(), queued, inFlightEvents.get(),
                requests.get());
    }

    private void dispatchLoop() {
        try {
            boolean done = false;
            while (!done) {
                // a permit first: while every sender is busy, events wait in the queue, where add() sees them
                permits.acquireUninterruptibly();
                Taken taken;
                try {
                    taken = take();
                } catch (InterruptedException e) {
                    permits.release();
                    lock.lock();
                    try {
                        closing = true;
                    } finally {
                        lock.unlock();
                    }
                    continue;
                }
                if (taken.batch().isEmpty()) {
                    permits.release();
                } else {
                    send(taken.batch(), taken.done());
                }
                completeWhenInFlightDone(taken.flushes(), taken.inFlight());
                done = taken.last();
            }
            CompletableFuture.allOf(inFlightSnapshot().toArray(CompletableFuture[]::new)).join();
            terminated.complete(null);
        } catch (RuntimeException | Error unexpected) {
            LOG.log(System.Logger.Level.ERROR, "the FlexPrice event batcher stopped unexpectedly", unexpected);
            failEverythingQueued(unexpected);
            terminated.completeExceptionally(unexpected);
        } finally {
            senders.shutdown();
        }
    }

    /**
     * Waits for a batch to fill or age, then takes it, registering it as in flight, and the flush
     * requests it completes.
     */
    private Taken take() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty() && !closing && flushRequests.isEmpty()) {
                notEmpty.await();
            }
            if (!queue.isEmpty()) {
                long deadline = queue.peekFirst().enqueuedAt() + maxDelayNanos;
                long left;
                while (queue.size() < options.maxBatchSize() && !closing && flushRequests.isEmpty()
                        && (left = deadline - System.nanoTime()) > 0) {
                    notEmpty.awaitNanos(left);
                }
            }
            List<Pending> batch = new ArrayList<>(Math.min(queue.size(), options.maxBatchSize()));
            while (batch.size() < options.maxBatchSize() && !queue.isEmpty()) {
                batch.add(queue.pollFirst());
            }
            CompletableFuture<Void> done = null;
            if (!batch.isEmpty()) {
                lastTaken = batch.get(batch.size() - 1).sequence();
                done = new CompletableFuture<>();
                inFlight.add(done);
                notFull.signalAll();
            }
            List<CompletableFuture<Void>> flushes = new ArrayList<>();
            for (Iterator<FlushRequest> it = flushRequests.iterator(); it.hasNext(); ) {
                FlushRequest request = it.next();
                if (request.upTo() <= lastTaken) {
                    flushes.add(request.flushed());
                    it.remove();
                }
            }
            return new Taken(batch, done, flushes, flushes.isEmpty() ? List.of() : inFlightSnapshot(),
                    closing && queue.isEmpty());
        } finally {
            lock.unlock();
        }
    }

    private List<CompletableFuture<Void>> inFlightSnapshot() {
        return List.copyOf(inFlight);
    }

    private static void completeWhenInFlightDone(List<CompletableFuture<Void>> flushes,
                                                 List<CompletableFuture<Void>> inFlight) {
        if (flushes.isEmpty()) {
            return;
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .whenComplete((ignored, error) -> flushes.forEach(flushed -> flushed.complete(null)));
    }

    /** Hands the batch to a sender; the dispatcher holds a permit for it, which the sender gives back. */
    private void send(List<Pending> batch, CompletableFuture<Void> done) {
        inFlightEvents.addAndGet(batch.size());
        try {
            senders.execute(() -> {
                try {
                    deliver(batch);
                } finally {
                    finish(batch, done);
                }
            });
        } catch (RuntimeException rejectedBySenders) {
            fail(batch, rejectedBySenders);
            finish(batch, done);
        }
    }

    private void finish(List<Pending> batch, CompletableFuture<Void> done) {
        inFlightEvents.addAndGet(-batch.size());
        permits.release();
        inFlight.remove(done);
        done.complete(null);
    }

    private void deliver(List<Pending> batch) {
        requests.incrementAndGet();
        try {
            events.ingestBulk(batch.stream().map(Pending::event).toList());
            succeed(batch);
        } catch (ValidationException invalid) {
            Set<Integer> culprits = invalidEvents(invalid, batch.size());
            if (culprits.isEmpty() || culprits.size() == batch.size()) {
                fail(batch, invalid);
                return;
            }
            List<Pending> refused = new ArrayList<>();
            List<Pending> others = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                (culprits.contains(i) ? refused : others).add(batch.get(i));
            }
            fail(refused, invalid);
            requests.incrementAndGet();
            try {
                events.ingestBulk(others.stream().map(Pending::event).toList());
                succeed(others);
            } catch (RuntimeException again) {
                fail(others, again);
            }
        } catch (RuntimeException error) {
            fail(batch, error);
        }
    }

    /**
     * The positions of the events a validation error names ({@code events[3].event_name}); empty if any
     * of its details names something else, since then the batch cannot be split safely.
     */
    static Set<Integer> invalidEvents(ValidationException invalid, int batchSize) {
        Set<Integer> positions = new TreeSet<>();
        for (FieldError detail : invalid.details()) {
            Matcher matcher = detail.field() == null ? null : EVENT_INDEX.matcher(detail.field());
            if (matcher == null || !matcher.find()) {
                return Set.of();
            }
            int position;
            try {
                position = Integer.parseInt(matcher.group(1));
            } catch (NumberFormatException tooLarge) {
                return Set.of();
            }
            if (position >= batchSize) {
                return Set.of();
            }
            positions.add(position);
        }
        return positions;
    }

    private void succeed(List<Pending> batch) {
        accepted.addAndGet(batch.size());
        batch.forEach(pending -> pending.result().complete(pending.event().eventId()));
    }

    private void fail(List<Pending> batch, Throwable cause) {
        failed.addAndGet(batch.size());
        batch.forEach(pending -> pending.result().completeExceptionally(cause));
        report(batch.stream().map(Pending::event).toList(), cause);
    }

    private void failEverythingQueued(Throwable cause) {
        List<Pending> left;
        List<FlushRequest> flushes;
        lock.lock();
        try {
            closing = true;
            left = new ArrayList<>(queue);
            queue.clear();
            flushes = new ArrayList<>(flushRequests);
            flushRequests.clear();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
        if (!left.isEmpty()) {
            fail(left, cause);
        }
        flushes.forEach(request -> request.flushed().complete(null));
    }

    private void report(List<IngestEventParams> failedEvents, Throwable cause) {
        try {
            options.onFailure().accept(new BatchFailure(failedEvents, cause));
        } catch (RuntimeException callbackFailed) {
            LOG.log(System.Logger.Level.WARNING, "the event batcher's failure callback threw", callbackFailed);
        }
    }

    /** The default failure callback: a warning naming how many events were lost and why. */
    static void logFailure(BatchFailure failure) {
        LOG.log(System.Logger.Level.WARNING, "FlexPrice: {0} event(s) could not be delivered: {1}",
                failure.events().size(), String.valueOf(failure.cause()));
    }

    private record Pending(IngestEventParams event, CompletableFuture<String> result, long enqueuedAt,
                           long sequence) {
    }

    private record FlushRequest(long upTo, CompletableFuture<Void> flushed) {
    }

    private record Taken(List<Pending> batch, CompletableFuture<Void> done, List<CompletableFuture<Void>> flushes,
                         List<CompletableFuture<Void>> inFlight, boolean last) {
    }
}
