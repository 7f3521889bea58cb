package io.flexprice.domain.subscription;

/** What a {@link ChargeLine} charges for. Wire values are the constant names. */
public enum ChargeKind {
    /** A fixed price for (part of) a billing period. */
    FIXED,
    /** Metered usage over (part of) a billing period. */
    USAGE,
    /** A mid-period change: a credit (negative) for unused time already charged, or a charge for the rest. */
    PRORATION,
    /** The difference between a period's usage charges and the commitment, when they stay below it. */
    COMMITMENT_TRUE_UP,
    /** The extra cost of usage charges above the commitment: their amount × (overage_factor - 1). */
    COMMITMENT_OVERAGE
}
