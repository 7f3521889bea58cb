package io.flexprice.domain.metering;

import io.flexprice.domain.common.Violations;
import java.util.List;

/**
 * An event matches when its property {@code key} has one of {@code values}. Filters combine with AND.
 * Values compare as text, numbers in their plain shortest form: the property 1.50 matches "1.5".
 */
public record PropertyFilter(String key, List<String> values) {

    public PropertyFilter {
        new Violations()
                .requireText(key, "filters.key")
                .require(values != null && !values.isEmpty(), "filters.values", "must list at least one value")
                .require(values == null || values.stream().noneMatch(java.util.Objects::isNull), "filters.values",
                        "must not contain null")
                .throwIfAny();
        values = List.copyOf(values);
    }

    public boolean matches(EventProperties properties) {
        return properties.text(key).map(values::contains).orElse(false);
    }

    public static boolean allMatch(List<PropertyFilter> filters, EventProperties properties) {
        for (PropertyFilter filter : filters) {
            if (!filter.matches(properties)) {
                return false;
            }
        }
        return true;
    }
}
