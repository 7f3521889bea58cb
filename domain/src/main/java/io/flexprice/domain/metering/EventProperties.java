package io.flexprice.domain.metering;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The free-form JSON object of an event. Values are what a JSON parser gives: {@link String},
 * {@link BigDecimal} for every number, {@link Boolean}, {@code null}, {@link java.util.List} and
 * {@link Map} for nested structures. Meters read only first-level keys.
 */
public record EventProperties(Map<String, Object> values) {

    public static final EventProperties EMPTY = new EventProperties(Map.of());

    public EventProperties {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static EventProperties of(Map<String, Object> values) {
        return values == null || values.isEmpty() ? EMPTY : new EventProperties(values);
    }

    /**
     * The numeric value of a key: a JSON number, or a string holding a decimal number (clients such as
     * FlexPrice's own SDK send every property as a string).
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
        if (value instanceof String text && !text.isBlank()) {
            try {
                return Optional.of(new BigDecimal(text.trim()));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        return Optional.empty();
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
