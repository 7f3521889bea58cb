package io.flexprice.sdk.core;

import java.time.Duration;

/**
 * Waits between retries. The default sleeps the calling thread; tests inject one that records the
 * delays instead, so backoff is checked without waiting.
 */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = delay -> Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);

    void sleep(Duration delay) throws InterruptedException;
}
