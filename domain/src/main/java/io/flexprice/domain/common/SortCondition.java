package io.flexprice.domain.common;

/**
 * One entry of a search's {@code sort} (FlexPrice's {@code types.SortCondition}): both the field and the
 * direction are required, as FlexPrice's {@code Validate} has it.
 */
public record SortCondition(String field, PageRequest.SortOrder direction) {

    public SortCondition {
        new Violations()
                .requireText(field, "field")
                .require(direction != null, "direction", "is required")
                .throwIfAny();
    }
}
