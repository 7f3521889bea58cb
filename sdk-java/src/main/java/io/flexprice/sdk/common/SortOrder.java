package io.flexprice.sdk.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;

/**
 * The order of a list by creation time: {@code desc} (newest first, the default) or {@code asc}.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record SortOrder(@JsonValue String value) {

    public static final SortOrder ASC = new SortOrder("asc");
    public static final SortOrder DESC = new SortOrder("desc");

    private static final Set<SortOrder> KNOWN = Set.of(ASC, DESC);

    public SortOrder {
        OpenEnums.require(value, "SortOrder");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SortOrder of(String value) {
        return new SortOrder(value);
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
