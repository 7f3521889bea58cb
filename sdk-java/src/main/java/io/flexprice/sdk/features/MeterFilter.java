package io.flexprice.sdk.features;

import java.util.List;

/**
 * FlexPrice's {@code meter.Filter}: a meter counts only events whose property {@code key} has one of {@code values}.
 *
 * @param key the event property
 * @param values the accepted values
 */
public record MeterFilter(String key, List<String> values) {

    public MeterFilter {
        values = values == null ? null : List.copyOf(values);
    }

    public static MeterFilter of(String key, String... values) {
        return new MeterFilter(key, List.of(values));
    }

}
