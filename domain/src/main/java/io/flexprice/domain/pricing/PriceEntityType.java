package io.flexprice.domain.pricing;

/**
 * What a listed price belongs to (FlexPrice's {@code entity_type}): a plan or an addon, named by its id in
 * the price's {@code entity_id}. FlexPrice also has subscriptions and cost sheets. Wire values are the
 * constant names.
 */
public enum PriceEntityType {
    PLAN,
    ADDON;

    public static PriceEntityType fromWire(String value) {
        return WireValues.parse(values(), Enum::name, value, "entity_type");
    }
}
