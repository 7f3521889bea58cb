package io.flexprice.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs one task on several threads released together, to show a write is atomic under contention. */
public final class Concurrently {

    private Concurrently() {
    }

    /**
     * Runs {@code task} once per thread, each given its thread number, and waits for all of them.
     *
     * @return one completed future per thread, holding what the task returned or threw
     */
    public static <T> List<Future<T>> run(int threads, IntFunction<T> task) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                int thread = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return task.apply(thread);
                }));
            }
            start.countDown();
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).as("every thread finished").isTrue();
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
