package io.flexprice.adapters.http.common;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * FlexPrice's {@code types.FilterCondition} as a search body's {@code filters} carry it:
 * {@code {"field": "name", "operator": "contains", "data_type": "string", "value": {"string": "acme"}}}.
 */
public record FilterConditionRequest(@JsonProperty("field") String field,
                                     @JsonProperty("operator") String operator,
                                     @JsonProperty("data_type") String dataType,
                                     @JsonProperty("value") Value value) {

    /** FlexPrice's {@code types.Value}: one member per data type ({@code date} an RFC 3339 timestamp). */
    public record Value(@JsonProperty("string") String string,
                        @JsonProperty("number") BigDecimal number,
                        @JsonProperty("boolean") Boolean bool,
                        @JsonProperty("date") String date,
                        @JsonProperty("array") List<String> array) {
    }
}
