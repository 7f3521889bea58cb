package io.flexprice.adapters.http.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * FlexPrice's public operations as the official TypeScript client (@flexprice/sdk 2.0.1) calls them, read
 * from {@code flexprice-v1-operations.txt}: one {@code METHOD /v1/path/{param}} a line. {@link #match}
 * finds the operation a request is for, so a request Jersey cannot route can be told apart: a FlexPrice
 * operation this server does not serve (501) or no operation at all (404).
 */
public final class FlexpriceOperations {

    /** The classpath resource the operations are read from. */
    public static final String RESOURCE = "/io/flexprice/adapters/http/flexprice-v1-operations.txt";

    private final List<Operation> operations;

    private FlexpriceOperations(List<Operation> operations) {
        this.operations = List.copyOf(operations);
    }

    /** The operations of {@link #RESOURCE}. */
    public static FlexpriceOperations official() {
        try (InputStream in = FlexpriceOperations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Operations from text in the format of {@link #RESOURCE}; {@code #} starts a comment line. */
    public static FlexpriceOperations parse(String text) {
        List<Operation> operations = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\s+");
                if (parts.length != 2 || !parts[1].startsWith("/")) {
                    throw new IllegalArgumentException("not 'METHOD /path': " + line);
                }
                operations.add(new Operation(parts[0].toUpperCase(Locale.ROOT), parts[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FlexpriceOperations(operations);
    }

    public List<Operation> all() {
        return operations;
    }

    /**
     * The operation for a request: same method, same number of path segments, each literal segment equal
     * and each {@code {param}} matching any one non-empty segment. A literal match wins over a template
     * (so {@code GET /v1/customers/usage} is not {@code GET /v1/customers/{id}}). The path may lack its
     * leading slash and carry a trailing one.
     */
    public Optional<Operation> match(String method, String path) {
        String[] segments = segments(path);
        Operation best = null;
        int bestLiterals = -1;
        for (Operation operation : operations) {
            if (!operation.method().equalsIgnoreCase(method)) {
                continue;
            }
            int literals = operation.literalsMatched(segments);
            if (literals > bestLiterals) {
                best = operation;
                bestLiterals = literals;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String[] segments(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    /** One operation: an HTTP method and a path template such as {@code /v1/customers/{id}}. */
    public record Operation(String method, String path) {

        public Operation {
            if (method == null || method.isBlank() || path == null || !path.startsWith("/")) {
                throw new IllegalArgumentException("an operation needs a method and a path starting with /");
            }
        }

        /** How many literal segments of this template {@code segments} match, or -1 if they do not. */
        int literalsMatched(String[] segments) {
            String[] template = FlexpriceOperations.segments(path);
            if (template.length != segments.length) {
                return -1;
            }
            int literals = 0;
            for (int i = 0; i < template.length; i++) {
                if (isParameter(template[i])) {
                    if (segments[i].isEmpty()) {
                        return -1;
                    }
                } else if (template[i].equals(segments[i])) {
                    literals++;
                } else {
                    return -1;
                }
            }
            return literals;
        }

        /**
         * Whether a request for this operation, at {@code requestPath}, was routed to another operation:
         * one whose path parameter took the value of a literal segment of this one (values bound are
         * {@code parameterValues}), as {@code /v1/prices/{id}} takes {@code /v1/prices/units}.
         */
        public boolean isShadowed(String requestPath, java.util.Collection<String> parameterValues) {
            String[] template = FlexpriceOperations.segments(path);
            String[] request = FlexpriceOperations.segments(requestPath);
            if (template.length != request.length) {
                return false;
            }
            for (int i = 0; i < template.length; i++) {
                if (!isParameter(template[i]) && parameterValues.contains(request[i])) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isParameter(String segment) {
            return segment.startsWith("{") && segment.endsWith("}");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
