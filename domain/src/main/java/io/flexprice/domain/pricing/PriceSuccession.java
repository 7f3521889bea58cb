package io.flexprice.domain.pricing;

import java.util.Objects;

/**
 * A change of a price's terms: the version that {@code ended} where the {@code successor} starts. Stored
 * together, the ended version first (it gives up the lookup key the successor takes).
 */
public record PriceSuccession(ListedPrice ended, ListedPrice successor) {

    public PriceSuccession {
        Objects.requireNonNull(ended, "ended");
        Objects.requireNonNull(successor, "successor");
    }
}
