package io.flexprice.sdk.core;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Everything an {@link ApiClient} is built from; {@code FlexpriceClient.Builder} fills it in.
 *
 * @param baseUri       the API root, ending in {@code /v1}
 * @param apiKey        sent as {@code x-api-key}
 * @param environmentId sent as {@code X-Environment-ID} when not null
 * @param timeout       how long one attempt may take
 * @param retryPolicy   retries and backoff
 * @param http          the one HTTP client all calls share
 * @param sleeper       waits between retries
 * @param clock         the time source for event timestamps and {@code Retry-After} dates
 * @param ids           makes idempotency keys and event ids
 * @param random        numbers in [0, 1) for jitter
 * @param userAgent     sent as {@code User-Agent}
 */
public record ClientSettings(URI baseUri, String apiKey, String environmentId, Duration timeout,
                             RetryPolicy retryPolicy, HttpClient http, Sleeper sleeper, Clock clock,
                             Supplier<String> ids, DoubleSupplier random, String userAgent) {

    public ClientSettings {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(userAgent, "userAgent");
    }
}
