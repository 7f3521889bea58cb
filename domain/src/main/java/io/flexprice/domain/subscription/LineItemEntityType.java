package io.flexprice.domain.subscription;

/** Where a subscription line item comes from: the plan, an addon, or the subscription itself (a line added to it directly). Wire values are the names in lower case. */
public enum LineItemEntityType {
    PLAN,
    ADDON,
    SUBSCRIPTION;

    public String wireValue() {
        return WireEnums.wire(this);
    }

    public static LineItemEntityType fromWire(String value) {
        return WireEnums.parse(values(), value, "entity_type");
    }
}
