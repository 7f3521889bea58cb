package io.flexprice.domain.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** FlexPrice's {@code types.FilterOperatorType}: how a search condition compares a field with its value. */
public enum FilterOperator {
    EQ,
    CONTAINS,
    NOT_CONTAINS,
    GT,
    LT,
    IN,
    NOT_IN,
    BEFORE,
    AFTER;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FilterOperator fromWire(String value) {
        for (FilterOperator operator : values()) {
            if (operator.wireValue().equals(value)) {
                return operator;
            }
        }
        throw ValidationException.of("operator", "must be one of " + Arrays.stream(values())
                .map(FilterOperator::wireValue).collect(Collectors.joining(", ")));
    }
}
