package io.flexprice.sdk.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One API operation: method, path below {@code /v1}, query parameters and JSON body. {@code mutating}
 * says whether it changes state: only those carry an {@code Idempotency-Key} (searches are POSTs too,
 * but reads).
 *
 * @param method   GET, POST, PUT or DELETE
 * @param path     the path below the base URL, starting with {@code /}, its segments already encoded
 * @param query    query parameters in order; a list value repeats the parameter
 * @param body     the object written as the JSON body, or null for none
 * @param mutating whether the call changes state (and so carries an idempotency key)
 */
public record ApiRequest(String method, String path, Map<String, List<String>> query, Object body,
                         boolean mutating) {

    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /");
        }
        query = query == null ? Map.of() : copy(query);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> query) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        query.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }

    /** A read. */
    public static ApiRequest get(String path) {
        return new ApiRequest("GET", path, null, null, false);
    }

    /** A POST that creates or changes something. */
    public static ApiRequest post(String path, Object body) {
        return new ApiRequest("POST", path, null, body, true);
    }

    /** A POST that only reads (search, query, usage): no idempotency key. */
    public static ApiRequest postQuery(String path, Object body) {
        return new ApiRequest("POST", path, null, body, false);
    }

    public static ApiRequest put(String path, Object body) {
        return new ApiRequest("PUT", path, null, body, true);
    }

    public static ApiRequest delete(String path) {
        return new ApiRequest("DELETE", path, null, null, true);
    }

    /** This request with one more query parameter; a null value (or empty collection) adds nothing. */
    public ApiRequest withQuery(String name, Object value) {
        List<String> values = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.stream().filter(Objects::nonNull).map(String::valueOf).forEach(values::add);
        } else if (value != null) {
            values.add(String.valueOf(value));
        }
        if (values.isEmpty()) {
            return this;
        }
        Map<String, List<String>> more = new LinkedHashMap<>(query);
        more.merge(name, values, (a, b) -> {
            List<String> both = new ArrayList<>(a);
            both.addAll(b);
            return both;
        });
        return new ApiRequest(method, path, more, body, mutating);
    }

    /**
     * A path from a template whose {@code {}} placeholders are replaced, in order, by the encoded
     * segments: {@code path("/customers/{}", id)}. A missing or blank segment is refused here, since it
     * would name another endpoint.
     */
    public static String path(String template, String... segments) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (String segment : segments) {
            int at = template.indexOf("{}", from);
            if (at < 0) {
                throw new IllegalArgumentException("more segments than placeholders in " + template);
            }
            if (segment == null || segment.isBlank()) {
                throw new IllegalArgumentException("a path parameter of " + template + " is missing");
            }
            out.append(template, from, at).append(encode(segment));
            from = at + 2;
        }
        if (template.indexOf("{}", from) >= 0) {
            throw new IllegalArgumentException("fewer segments than placeholders in " + template);
        }
        return out.append(template.substring(from)).toString();
    }

    /** The query string (without {@code ?}), or empty. */
    public String queryString() {
        StringBuilder out = new StringBuilder();
        query.forEach((name, values) -> values.forEach(value -> {
            if (out.length() > 0) {
                out.append('&');
            }
            out.append(encode(name)).append('=').append(encode(value));
        }));
        return out.toString();
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
