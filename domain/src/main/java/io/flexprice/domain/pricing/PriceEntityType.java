package io.flexprice.domain.pricing;

/**
 * What a listed price belongs to (FlexPrice's {@code entity_type}): a plan, an addon, or a costsheet (a
 * price describing our own cost per unit of a meter's usage), named by its id in the price's
 * {@code entity_id}. FlexPrice also has subscriptions. Wire values are the constant names.
 */
public enum PriceEntityType {
    PLAN,
    ADDON,
    COSTSHEET;

    public static PriceEntityType fromWire(String value) {
        return WireValues.parse(values(), Enum::name, value, "entity_type");
    }
}
