package io.flexprice.domain.common;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One condition of a search's {@code filters} (FlexPrice's {@code types.FilterCondition}); a search's conditions
 * all hold at once. Like FlexPrice's {@code Validate}, the field, operator, data type and value are required and
 * the value's member of the data type must be given; in addition the operator must be one the data type has
 * (see {@link FilterDataType}) and an array must not be empty. Whether the field exists, and has that type, is
 * the entity's {@link SearchFields} to say. Violations name the condition's own fields ({@code field},
 * {@code value.string}); the caller puts them under the condition's position ({@code filters[1].}).
 */
public record FilterCondition(String field, FilterOperator operator, FilterDataType dataType, FilterValue value) {

    /** The most values an {@code in} / {@code not_in} array holds. */
    public static final int MAX_ARRAY_VALUES = 1000;
    /** The most digits a number has before, and after, its decimal point. */
    public static final int MAX_NUMBER_DIGITS = 40;
    /** Dates compare within years 1 to 9999, as stored timestamps can. */
    public static final Instant EARLIEST_DATE = Instant.parse("0001-01-01T00:00:00Z");
    public static final Instant LATEST_DATE = Instant.parse("9999-12-31T23:59:59.999999Z");

    public FilterCondition {
        Violations violations = new Violations()
                .requireText(field, "field")
                .require(operator != null, "operator", "is required")
                .require(dataType != null, "data_type", "is required")
                .require(value != null, "value", "is required");
        if (operator != null && dataType != null && !dataType.allows(operator)) {
            violations.add("operator", operator.wireValue() + " does not apply to data_type " + dataType.wireValue()
                    + "; it takes " + dataType.operatorList());
        }
        if (value != null && dataType != null) {
            String member = "value." + dataType.wireValue();
            switch (dataType) {
                case STRING -> violations.require(value.string() != null, member, "is required for data_type string");
                case NUMBER -> {
                    violations.require(value.number() != null, member, "is required for data_type number");
                    violations.require(value.number() == null || digitsFit(value.number()), member,
                            "must have at most " + MAX_NUMBER_DIGITS + " digits before and after the decimal point");
                }
                case DATE -> {
                    violations.require(value.date() != null, member, "is required for data_type date");
                    violations.require(value.date() == null || !value.date().isBefore(EARLIEST_DATE)
                            && !value.date().isAfter(LATEST_DATE), member, "must be within the years 1 to 9999");
                }
                case ARRAY -> {
                    violations.require(value.array() != null, member, "is required for data_type array");
                    violations.require(value.array() == null || !value.array().isEmpty(), member, "must not be empty");
                    violations.require(value.array() == null || value.array().size() <= MAX_ARRAY_VALUES, member,
                            "must hold at most " + MAX_ARRAY_VALUES + " values");
                    violations.require(value.array() == null || value.array().stream().allMatch(v -> v != null),
                            member, "must not hold null");
                }
            }
        }
        violations.throwIfAny();
    }

    private static boolean digitsFit(BigDecimal number) {
        return number.precision() - number.scale() <= MAX_NUMBER_DIGITS && number.scale() <= MAX_NUMBER_DIGITS;
    }
}
