package io.flexprice.sdk.support;

import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Clients against a WireMock server, with recorded (not slept) backoff, a fixed clock and counted ids. */
public final class TestClients {

    public static final String API_KEY = "sk_test_key";
    public static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private TestClients() {
    }

    /** A client whose sleeper records, whose ids are {@code id-1}, {@code id-2}, ... and whose jitter is 0.5. */
    public static Fixture against(String baseUrl) {
        RecordingSleeper sleeper = new RecordingSleeper();
        AtomicInteger ids = new AtomicInteger();
        FlexpriceClient.Builder builder = FlexpriceClient.builder()
                .apiKey(API_KEY)
                .baseUrl(baseUrl)
                .timeout(Duration.ofSeconds(5))
                .maxRetries(3)
                .sleeper(sleeper)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .idGenerator(() -> "id-" + ids.incrementAndGet())
                .random(() -> 0.5);
        return new Fixture(builder, sleeper);
    }

    /** A builder with test defaults, and the sleeper it was given. */
    public record Fixture(FlexpriceClient.Builder builder, RecordingSleeper sleeper) {

        public FlexpriceClient client() {
            return builder.build();
        }
    }

    /** Records each wait instead of sleeping. */
    public static final class RecordingSleeper implements Sleeper {
        private final List<Duration> delays = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration delay) {
            delays.add(delay);
        }

        public List<Duration> delays() {
            return List.copyOf(delays);
        }
    }
}
