package io.flexprice.domain.subscription;

/** Where a subscription is in its life (FlexPrice's {@code subscription_status}). Wire values are the names in lower case. */
public enum SubscriptionStatus {
    DRAFT,
    TRIALING,
    ACTIVE,
    PAUSED,
    CANCELLED,
    INCOMPLETE;

    public String wireValue() {
        return WireEnums.wire(this);
    }

    public static SubscriptionStatus fromWire(String value) {
        return WireEnums.parse(values(), value, "subscription_status");
    }
}
