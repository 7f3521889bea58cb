package io.flexprice.domain.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * FlexPrice's {@code types.Value}, a tagged union: the member that a condition's data type names is the one
 * compared ({@code boolean} is accepted on the wire but no data type reads it).
 */
public record FilterValue(String string, BigDecimal number, Boolean bool, Instant date, List<String> array) {

    public FilterValue {
        array = array == null ? null : Collections.unmodifiableList(new ArrayList<>(array));
    }

    public static FilterValue ofString(String value) {
        return new FilterValue(value, null, null, null, null);
    }

    public static FilterValue ofNumber(BigDecimal value) {
        return new FilterValue(null, value, null, null, null);
    }

    public static FilterValue ofDate(Instant value) {
        return new FilterValue(null, null, null, value, null);
    }

    public static FilterValue ofArray(List<String> values) {
        return new FilterValue(null, null, null, null, values);
    }
}
