package io.flexprice.domain.common;

import java.util.Locale;

/** Lifecycle of every stored entity; deletes are soft. Wire values are lower case. */
public enum Status {
    PUBLISHED,
    ARCHIVED,
    DELETED;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status fromWire(String value) {
        for (Status s : values()) {
            if (s.wireValue().equalsIgnoreCase(value)) {
                return s;
            }
        }
        throw ValidationException.of("status", "must be one of published, archived, deleted");
    }
}
