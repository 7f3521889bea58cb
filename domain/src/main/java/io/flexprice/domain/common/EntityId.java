package io.flexprice.domain.common;

/** Shared checks for typed identifiers. */
public final class EntityId {

    public static final int MAX_LENGTH = 255;

    private EntityId() {
    }

    public static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw ValidationException.of(what, "is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw ValidationException.of(what, "must be at most " + MAX_LENGTH + " characters");
        }
        return value;
    }
}
