package io.flexprice.domain.common;

/**
 * One condition of a search's {@code filters} (FlexPrice's {@code types.FilterCondition}); a search's conditions
 * all hold at once. Like FlexPrice's {@code Validate}, the field, operator, data type and value are required and
 * the value's member of the data type must be given; in addition the operator must be one the data type has
 * (see {@link FilterDataType}) and an array must not be empty. Whether the field exists, and has that type, is
 * the entity's {@link SearchFields} to say. Violations name the condition's own fields ({@code field},
 * {@code value.string}); the caller puts them under the condition's position ({@code filters[1].}).
 */
public record FilterCondition(String field, FilterOperator operator, FilterDataType dataType, FilterValue value) {

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
                case NUMBER -> violations.require(value.number() != null, member, "is required for data_type number");
                case DATE -> violations.require(value.date() != null, member, "is required for data_type date");
                case ARRAY -> {
                    violations.require(value.array() != null, member, "is required for data_type array");
                    violations.require(value.array() == null || !value.array().isEmpty(), member, "must not be empty");
                    violations.require(value.array() == null || value.array().stream().allMatch(v -> v != null),
                            member, "must not hold null");
                }
            }
        }
        violations.throwIfAny();
    }
}
