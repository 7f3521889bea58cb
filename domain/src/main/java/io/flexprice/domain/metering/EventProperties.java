package io.flexprice.domain.metering;

import io.flexprice.domain.common.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The free-form JSON object of an event. Values are what a JSON parser gives: {@link String},
 * {@link BigDecimal} for every number, {@link Boolean}, {@code null}, {@link java.util.List} and
 * {@link Map} for nested structures. Meters read only first-level keys.
 */
public record EventProperties(Map<String, Object> values) {

    public static final EventProperties EMPTY = new EventProperties(Map.of());

    /** Longest text read as a number; longer strings are text only. */
    static final int MAX_NUMBER_TEXT = 1000;
    /** Most digits of scale or precision a stored number may have. */
    static final int MAX_SCALE = 1000;
    /** A decimal in ASCII digits with an exponent of at most three digits: what every store can parse. */
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]{1,3})?");

    public EventProperties {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static EventProperties of(Map<String, Object> values) {
        return values == null || values.isEmpty() ? EMPTY : new EventProperties(values);
    }

    /**
     * The numeric value of a key: a JSON number, or a string holding a decimal number in ASCII digits,
     * surrounding whitespace aside (clients such as FlexPrice's own SDK send every property as a
     * string).
     */
    public Optional<BigDecimal> number(String key) {
        Object value = values.get(key);
        if (value instanceof BigDecimal number) {
            return Optional.of(number);
        }
        if (value instanceof Number number) {
            try {
                return Optional.of(new BigDecimal(number.toString()));
            } catch (NumberFormatException notFinite) { // NaN or infinity
                return Optional.empty();
            }
        }
        if (value instanceof String text && text.length() <= MAX_NUMBER_TEXT) {
            String trimmed = text.trim();
            if (DECIMAL.matcher(trimmed).matches()) {
                return Optional.of(new BigDecimal(trimmed));
            }
        }
        return Optional.empty();
    }

    /**
     * What storage cannot keep: text with U+0000, numbers beyond {@value #MAX_SCALE} digits of scale or
     * precision. Reported as violations of {@code properties.<path>}.
     */
    public List<ValidationException.Violation> violations() {
        List<ValidationException.Violation> found = new ArrayList<>();
        values.forEach((key, value) -> {
            check("properties." + key, key, found);
            check("properties." + key, value, found);
        });
        return found;
    }

    private static void check(String path, Object value, List<ValidationException.Violation> found) {
        if (value instanceof String text && text.indexOf('\u0000') >= 0) {
            found.add(new ValidationException.Violation(path, "must not contain the NUL character"));
        } else if (value instanceof BigDecimal number
                && (Math.abs(number.scale()) > MAX_SCALE || number.precision() > MAX_SCALE)) {
            found.add(new ValidationException.Violation(path, "is a number beyond " + MAX_SCALE + " digits"));
        } else if (value instanceof Map<?, ?> object) {
            object.forEach((k, v) -> {
                check(path + "." + k, k, found);
                check(path + "." + k, v, found);
            });
        } else if (value instanceof List<?> array) {
            for (int i = 0; i < array.size(); i++) {
                check(path + "[" + i + "]", array.get(i), found);
            }
        }
    }

    /** The value of a key as filters and unique counts compare it: strings as they are, scalars in text. */
    public Optional<String> text(String key) {
        Object value = values.get(key);
        if (value instanceof String text) {
            return Optional.of(text);
        }
        if (value instanceof BigDecimal number) {
            return Optional.of(number.stripTrailingZeros().toPlainString());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return Optional.of(value.toString());
        }
        return Optional.empty();
    }
}
