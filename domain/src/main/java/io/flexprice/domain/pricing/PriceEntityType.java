package io.flexprice.domain.pricing;

/**
 * What a listed price belongs to (FlexPrice's {@code entity_type}). Only plans so far; FlexPrice also has
 * subscriptions, addons and cost sheets. Wire values are the constant names.
 */
public enum PriceEntityType {
    PLAN;

    public static PriceEntityType fromWire(String value) {
        return WireValues.parse(values(), Enum::name, value, "entity_type");
    }
}
