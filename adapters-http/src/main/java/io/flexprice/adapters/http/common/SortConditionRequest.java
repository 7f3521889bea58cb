package io.flexprice.adapters.http.common;

import com.fasterxml.jackson.annotation.JsonProperty;

/** FlexPrice's {@code types.SortCondition} as a search body's {@code sort} carries it. */
public record SortConditionRequest(@JsonProperty("field") String field,
                                   @JsonProperty("direction") String direction) {
}
