package io.flexprice.adapters.http.feature;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.metering.PropertyFilter;
import java.util.ArrayList;
import java.util.List;

/** FlexPrice's {@code meter.Filter}: events match when property {@code key} has one of {@code values}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FilterRequest(String key, List<String> values) {

    /**
     * The filters of a request; invalid ones are reported as {@code <prefix>filters[i].key} /
     * {@code .values}. Null stays null ("not given"), so an update can tell it from an empty list.
     */
    static List<PropertyFilter> toFilters(List<FilterRequest> filters, WireParser wire, String prefix) {
        if (filters == null) {
            return null;
        }
        List<PropertyFilter> result = new ArrayList<>(filters.size());
        for (int i = 0; i < filters.size(); i++) {
            FilterRequest filter = filters.get(i);
            String at = prefix + "filters[" + i + "]";
            if (filter == null) {
                wire.add(at, "must be an object with key and values");
                continue;
            }
            if (filter.values() != null && filter.values().contains(null)) {
                wire.add(at + ".values", "must not contain null");
                continue;
            }
            PropertyFilter parsed = wire.parse(
                    field -> field.startsWith("filters") ? at + field.substring("filters".length()) : at + "." + field,
                    () -> new PropertyFilter(filter.key(), filter.values()));
            if (parsed != null) {
                result.add(parsed);
            }
        }
        return result;
    }
}
