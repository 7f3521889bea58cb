package io.flexprice.domain.common;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * FlexPrice's {@code types.DataType}: which member of a condition's value is compared, and so which operators
 * apply. FlexPrice builds its predicates so: {@code contains} / {@code not_contains} read the string,
 * {@code gt} / {@code lt} the number, {@code in} / {@code not_in} the array, {@code before} / {@code after}
 * the date, {@code eq} any of them; a pair outside that is refused here instead of silently ignored.
 * A field declares the same kinds (never {@link #ARRAY}: an array condition applies to a string field).
 */
public enum FilterDataType {
    STRING(EnumSet.of(FilterOperator.EQ, FilterOperator.CONTAINS, FilterOperator.NOT_CONTAINS)),
    NUMBER(EnumSet.of(FilterOperator.EQ, FilterOperator.GT, FilterOperator.LT)),
    DATE(EnumSet.of(FilterOperator.EQ, FilterOperator.BEFORE, FilterOperator.AFTER)),
    ARRAY(EnumSet.of(FilterOperator.IN, FilterOperator.NOT_IN));

    private final Set<FilterOperator> operators;

    FilterDataType(Set<FilterOperator> operators) {
        this.operators = operators;
    }

    public boolean allows(FilterOperator operator) {
        return operators.contains(operator);
    }

    /** The operators of this data type, as the wire names them, for an error message. */
    public String operatorList() {
        return operators.stream().map(FilterOperator::wireValue).collect(Collectors.joining(", "));
    }

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FilterDataType fromWire(String value) {
        for (FilterDataType type : values()) {
            if (type.wireValue().equals(value)) {
                return type;
            }
        }
        throw ValidationException.of("data_type", "must be one of " + Arrays.stream(values())
                .map(FilterDataType::wireValue).collect(Collectors.joining(", ")));
    }
}
