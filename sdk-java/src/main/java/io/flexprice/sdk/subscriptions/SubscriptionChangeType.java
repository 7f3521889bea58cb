package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Whether a plan change is an upgrade, a downgrade or lateral.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record SubscriptionChangeType(@JsonValue String value) {

    public static final SubscriptionChangeType UPGRADE = new SubscriptionChangeType("upgrade");
    public static final SubscriptionChangeType DOWNGRADE = new SubscriptionChangeType("downgrade");
    public static final SubscriptionChangeType LATERAL = new SubscriptionChangeType("lateral");

    private static final Set<SubscriptionChangeType> KNOWN = Set.of(UPGRADE, DOWNGRADE, LATERAL);

    public SubscriptionChangeType {
        OpenEnums.require(value, "SubscriptionChangeType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SubscriptionChangeType of(String value) {
        return new SubscriptionChangeType(value);
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
