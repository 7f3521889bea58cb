package io.flexprice.domain.subscription;

/** How a plan change compares with the current plan, by its fixed charge for one billing period. Wire values are the names in lower case. */
public enum ChangeType {
    UPGRADE,
    DOWNGRADE,
    LATERAL;

    public String wireValue() {
        return WireEnums.wire(this);
    }

    public static ChangeType fromWire(String value) {
        return WireEnums.parse(values(), value, "change_type");
    }
}
