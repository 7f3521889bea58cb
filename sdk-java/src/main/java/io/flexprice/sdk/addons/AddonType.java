package io.flexprice.sdk.addons;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * How often an addon can be added to one subscription: once, or as many instances as wanted.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record AddonType(@JsonValue String value) {

    public static final AddonType ONETIME = new AddonType("onetime");
    public static final AddonType MULTIPLE_INSTANCE = new AddonType("multiple_instance");

    private static final Set<AddonType> KNOWN = Set.of(ONETIME, MULTIPLE_INSTANCE);

    public AddonType {
        OpenEnums.require(value, "AddonType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AddonType of(String value) {
        return new AddonType(value);
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
