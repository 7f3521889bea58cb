package io.flexprice.adapters.http.common;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.ValidationException.Violation;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.domain.time.TimeZones;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Turns the strings of a request (RFC 3339 timestamps, enum names, query parameters) into values,
 * collecting every invalid field so that one 400 names them all. Each parse returns null for an
 * absent value and for an invalid one; {@link #throwIfInvalid()} then reports the invalid ones.
 */
public final class WireParser {

    private final List<Violation> violations = new ArrayList<>();
    private ValidationException onlyCause;
    private int causes;

    /** A request body that is required but was empty. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new ValidationException(ErrorCode.MALFORMED_REQUEST, "body", "a JSON request body is required");
        }
        return body;
    }

    /** An RFC 3339 timestamp ({@code 2024-05-01T12:00:00Z}, {@code 2024-05-01T14:00:00.5+02:00}). */
    public Instant instant(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            add(field, "must be an RFC 3339 timestamp such as 2024-05-01T12:00:00Z");
            return null;
        }
    }

    /** {@code true} or {@code false} in any case, sent as text (a query parameter); blank: none. */
    public Boolean bool(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                add(field, "must be true or false");
                yield null;
            }
        };
    }

    /** A window size ({@code MINUTE} ... {@code MONTH}); blank: none. */
    public WindowSize windowSize(String text, String field) {
        return text == null || text.isBlank() ? null : parse(() -> WindowSize.fromWire(text.trim(), field));
    }

    /** An IANA time zone ({@code Europe/Berlin}); blank: none. */
    public ZoneId zone(String text, String field) {
        return text == null || text.isBlank() ? null : parse(() -> TimeZones.parse(text.trim(), field));
    }

    /** A whole number sent as text (a query parameter), at least {@code min}. */
    public Integer integer(String text, String field, int min) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min) {
                add(field, "must be at least " + min);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            add(field, "must be a whole number");
            return null;
        }
    }

    /** Offset paging from query parameters ({@code limit} 1..1000, default 50; {@code offset}; {@code order}). */
    public PageRequest page(String limit, String offset, String order) {
        return page(integer(limit, "limit", 1), integer(offset, "offset", 0), order);
    }

    /** Offset paging from a JSON body. */
    public PageRequest page(Integer limit, Integer offset, String order) {
        PageRequest.SortOrder sortOrder = order(order);
        return parse(() -> PageRequest.of(limit, offset, sortOrder));
    }

    /** A listing's status filter; absent means every status but deleted. */
    public Status status(String text) {
        return text == null || text.isBlank() ? null : parse(() -> Status.fromWire(text.trim()));
    }

    /** {@code asc} or {@code desc}, any case; absent means newest first. */
    public PageRequest.SortOrder order(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PageRequest.SortOrder.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            add("order", "must be asc or desc");
            return null;
        }
    }

    /** Runs a domain parse or constructor; its violations are collected and null returned. */
    public <T> T parse(Supplier<T> parser) {
        return parse(UnaryOperator.identity(), parser);
    }

    /**
     * Like {@link #parse(Supplier)}, with every violation's field put under {@code prefix} (for a value
     * built from a nested object: {@code meter.} + {@code aggregation.field}).
     */
    public <T> T parse(String prefix, Supplier<T> parser) {
        return parse(field -> prefix + field, parser);
    }

    /**
     * Like {@link #parse(Supplier)}, with every violation's field renamed to its name on this wire (the
     * domain names a field after its own model; a request may call it differently).
     */
    public <T> T parse(UnaryOperator<String> rename, Supplier<T> parser) {
        try {
            return parser.get();
        } catch (ValidationException invalid) {
            causes++;
            boolean renamed = invalid.violations().stream().anyMatch(v -> !rename.apply(v.field()).equals(v.field()));
            onlyCause = renamed ? null : invalid;
            invalid.violations().forEach(v -> add(rename.apply(v.field()), v.message()));
            return null;
        }
    }

    /** Records an invalid field; a field already reported keeps its first message. */
    public WireParser add(String field, String message) {
        if (violations.stream().noneMatch(v -> v.field().equals(field))) {
            violations.add(new Violation(field, message));
        }
        return this;
    }

    /**
     * How many invalid fields are recorded so far: compared before and after parsing a part, it tells
     * whether that part was valid.
     */
    public int violationCount() {
        return violations.size();
    }

    /** Throws one {@link ValidationException} naming every invalid field seen so far. */
    public void throwIfInvalid() {
        if (violations.isEmpty()) {
            return;
        }
        if (causes == 1 && onlyCause != null && onlyCause.violations().size() == violations.size()) {
            throw onlyCause; // keeps a specific code such as auth.environment_required
        }
        throw new ValidationException(violations);
    }

    /**
     * A list query parameter, given repeated ({@code ?ids=a&ids=b}), comma separated ({@code ?ids=a,b})
     * or both; blanks dropped.
     */
    public static List<String> list(Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.trim());
                }
            }
        }
        return result;
    }

    /** A list field of a JSON body plus, when given, the single-valued field of the same meaning. */
    public static List<String> listWith(List<String> values, String single) {
        List<String> result = new ArrayList<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank()).forEach(result::add);
        }
        if (single != null && !single.isBlank()) {
            result.add(single);
        }
        return result;
    }
}
