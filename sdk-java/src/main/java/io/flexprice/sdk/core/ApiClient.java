package io.flexprice.sdk.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flexprice.sdk.errors.ApiException;
import io.flexprice.sdk.errors.AuthenticationException;
import io.flexprice.sdk.errors.ConflictException;
import io.flexprice.sdk.errors.ConnectionException;
import io.flexprice.sdk.errors.FieldError;
import io.flexprice.sdk.errors.FlexpriceException;
import io.flexprice.sdk.errors.NotFoundException;
import io.flexprice.sdk.errors.PermissionException;
import io.flexprice.sdk.errors.RateLimitException;
import io.flexprice.sdk.errors.ServerException;
import io.flexprice.sdk.errors.UnexpectedResponseException;
import io.flexprice.sdk.errors.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Sends {@link ApiRequest}s: authentication headers, JSON both ways, retries with backoff, and the
 * mapping of error answers to typed exceptions. Every service of the SDK calls through one instance;
 * it holds no per-call state, so it is safe to share between threads.
 *
 * <p>A mutating call gets one {@code Idempotency-Key} (the caller's, or a fresh one) before its first
 * attempt and sends the same key, and the same body bytes, on every retry: a server that honours the
 * header runs it once however often it arrives.
 */
public final class ApiClient {

    public static final String API_KEY_HEADER = "x-api-key";
    public static final String ENVIRONMENT_HEADER = "X-Environment-ID";
    public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    public static final String REQUEST_ID_HEADER = "X-Request-ID";
    public static final String RETRY_AFTER_HEADER = "Retry-After";

    private static final int MAX_ERROR_TEXT = 500;

    private final ClientSettings settings;
    private final ObjectMapper json;

    public ApiClient(ClientSettings settings) {
        this.settings = settings;
        this.json = Json.newMapper();
    }

    public ObjectMapper json() {
        return json;
    }

    public Clock clock() {
        return settings.clock();
    }

    /** The source of idempotency keys and event ids. */
    public Supplier<String> ids() {
        return settings.ids();
    }

    public ClientSettings settings() {
        return settings;
    }

    /** Sends the request and reads the answer as {@code type}; null for an answer without a body. */
    public <T> T send(ApiRequest request, Class<T> type, RequestOptions options) {
        return send(request, json.constructType(type), options);
    }

    public <T> T send(ApiRequest request, TypeReference<T> type, RequestOptions options) {
        return send(request, json.getTypeFactory().constructType(type), options);
    }

    /** Sends the request and ignores the answer's body. */
    public void send(ApiRequest request, RequestOptions options) {
        send(request, (JavaType) null, options);
    }

    private <T> T send(ApiRequest request, JavaType type, RequestOptions options) {
        RequestOptions given = options == null ? RequestOptions.NONE : options;
        byte[] body = request.body() == null ? null : write(request.body());
        String idempotencyKey = !request.mutating() ? null
                : given.idempotencyKey() != null ? given.idempotencyKey() : settings.ids().get();
        int maxRetries = given.maxRetries() != null ? given.maxRetries() : settings.retryPolicy().maxRetries();
        HttpRequest http = build(request, body, idempotencyKey,
                given.timeout() != null ? given.timeout() : settings.timeout());
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response;
            try {
                response = settings.http().send(http, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (attempt > maxRetries) {
                    throw new ConnectionException(request.method() + " " + http.uri() + " failed: " + e, e, attempt);
                }
                pause(request, settings.retryPolicy().delay(attempt - 1, null, settings.random()), attempt);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectionException(request.method() + " " + http.uri() + " was interrupted", e, attempt);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return read(response, type);
            }
            FlexpriceException error = error(response, attempt);
            Duration retryAfter = retryAfter(response);
            if (attempt > maxRetries || !RetryPolicy.isRetryable(status, error.code())
                    || !settings.retryPolicy().allowsRetryAfter(retryAfter)) {
                throw error;
            }
            pause(request, settings.retryPolicy().delay(attempt - 1, retryAfter, settings.random()), attempt);
        }
    }

    private void pause(ApiRequest request, Duration delay, int attempt) {
        try {
            settings.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectionException(request.method() + " " + request.path()
                    + " was interrupted while waiting to retry", e, attempt);
        }
    }

    private HttpRequest build(ApiRequest request, byte[] body, String idempotencyKey, Duration timeout) {
        String query = request.queryString();
        URI uri = URI.create(settings.baseUri() + request.path() + (query.isEmpty() ? "" : "?" + query));
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("User-Agent", settings.userAgent())
                .header(API_KEY_HEADER, settings.apiKey())
                .method(request.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (settings.environmentId() != null) {
            builder.header(ENVIRONMENT_HEADER, settings.environmentId());
        }
        if (idempotencyKey != null) {
            builder.header(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
        }
        return builder.build();
    }

    private byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the request body cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    private <T> T read(HttpResponse<byte[]> response, JavaType type) {
        if (type == null || response.body().length == 0) {
            return null;
        }
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new UnexpectedResponseException("the answer of " + response.request().method() + " "
                    + response.uri() + " (" + response.statusCode() + ") is not the expected JSON: " + e.getMessage(),
                    response.statusCode(), response.headers().firstValue(REQUEST_ID_HEADER).orElse(null), e);
        }
    }

    /** The typed exception for an error answer, from FlexPrice's error body when there is one. */
    FlexpriceException error(HttpResponse<byte[]> response, int attempts) {
        int status = response.statusCode();
        String requestId = response.headers().firstValue(REQUEST_ID_HEADER).orElse(null);
        String message = null;
        String internal = null;
        String code = null;
        List<FieldError> details = new ArrayList<>();
        JsonNode error = parse(response.body()).path("error");
        if (error.isObject()) {
            message = text(error.get("message"));
            internal = text(error.get("internal_error"));
            code = text(error.get("code"));
            for (JsonNode detail : error.path("details")) {
                details.add(new FieldError(text(detail.get("field")), text(detail.get("message"))));
            }
        } else if (error.isTextual()) {
            message = error.asText();
        }
        if (message == null) {
            String raw = new String(response.body(), StandardCharsets.UTF_8).strip();
            message = raw.isEmpty() ? "HTTP " + status
                    : raw.length() > MAX_ERROR_TEXT ? raw.substring(0, MAX_ERROR_TEXT) + "..." : raw;
        }
        return switch (status) {
            case 400, 422 -> new ValidationException(status, code, requestId, message, internal, details, attempts);
            case 401 -> new AuthenticationException(status, code, requestId, message, internal, details, attempts);
            case 403 -> new PermissionException(status, code, requestId, message, internal, details, attempts);
            case 404 -> new NotFoundException(status, code, requestId, message, internal, details, attempts);
            case 409 -> new ConflictException(status, code, requestId, message, internal, details, attempts);
            case 429 -> new RateLimitException(status, code, requestId, message, internal, details, attempts,
                    retryAfter(response));
            default -> status >= 500
                    ? new ServerException(status, code, requestId, message, internal, details, attempts)
                    : new ApiException(status, code, requestId, message, internal, details, attempts);
        };
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return json.missingNode();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.missingNode();
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    /** {@code Retry-After} as seconds or as an HTTP date; null when absent or unreadable. */
    private Duration retryAfter(HttpResponse<byte[]> response) {
        return response.headers().firstValue(RETRY_AFTER_HEADER)
                .map(value -> parseRetryAfter(value, settings.clock().instant()))
                .orElse(null);
    }

    static Duration parseRetryAfter(String header, Instant now) {
        String value = header.trim();
        if (value.isEmpty()) {
            return null;
        }
        if (value.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
            try {
                BigDecimal millis = new BigDecimal(value).movePointRight(3).setScale(0, RoundingMode.CEILING);
                return Duration.ofMillis(millis.min(BigDecimal.valueOf(Long.MAX_VALUE / 2)).longValueExact());
            } catch (NumberFormatException | ArithmeticException unreadable) {
                return null;
            }
        }
        try {
            Duration until = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
