package io.flexprice.sdk.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;

/**
 * The lifecycle status of an object: {@code published}, {@code archived}, {@code deleted}.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record Status(@JsonValue String value) {

    public static final Status PUBLISHED = new Status("published");
    public static final Status ARCHIVED = new Status("archived");
    public static final Status DELETED = new Status("deleted");

    private static final Set<Status> KNOWN = Set.of(PUBLISHED, ARCHIVED, DELETED);

    public Status {
        OpenEnums.require(value, "Status");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Status of(String value) {
        return new Status(value);
    }

    /** Whether this SDK version knows the value (it is one of the constants). */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
