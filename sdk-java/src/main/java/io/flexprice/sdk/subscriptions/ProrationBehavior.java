package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Whether a mid-period change credits and charges the rest of the period.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record ProrationBehavior(@JsonValue String value) {

    public static final ProrationBehavior CREATE_PRORATIONS = new ProrationBehavior("create_prorations");
    public static final ProrationBehavior NONE = new ProrationBehavior("none");

    private static final Set<ProrationBehavior> KNOWN = Set.of(CREATE_PRORATIONS, NONE);

    public ProrationBehavior {
        OpenEnums.require(value, "ProrationBehavior");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ProrationBehavior of(String value) {
        return new ProrationBehavior(value);
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
