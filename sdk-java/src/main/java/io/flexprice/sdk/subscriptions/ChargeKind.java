package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * What a charge line is for (an extension of this server).
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record ChargeKind(@JsonValue String value) {

    public static final ChargeKind FIXED = new ChargeKind("FIXED");
    public static final ChargeKind USAGE = new ChargeKind("USAGE");
    public static final ChargeKind PRORATION = new ChargeKind("PRORATION");
    public static final ChargeKind COMMITMENT_TRUE_UP = new ChargeKind("COMMITMENT_TRUE_UP");
    public static final ChargeKind COMMITMENT_OVERAGE = new ChargeKind("COMMITMENT_OVERAGE");

    private static final Set<ChargeKind> KNOWN = Set.of(FIXED, USAGE, PRORATION, COMMITMENT_TRUE_UP, COMMITMENT_OVERAGE);

    public ChargeKind {
        OpenEnums.require(value, "ChargeKind");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ChargeKind of(String value) {
        return new ChargeKind(value);
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
