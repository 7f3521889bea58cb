package io.flexprice.domain.common;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Free-form string key/value pairs a user attaches to an entity. Keys keep their order. */
public record Metadata(Map<String, String> values) {

    public static final Metadata EMPTY = new Metadata(Map.of());

    public Metadata {
        values = values == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Metadata of(Map<String, String> values) {
        return values == null || values.isEmpty() ? EMPTY : new Metadata(values);
    }
}
