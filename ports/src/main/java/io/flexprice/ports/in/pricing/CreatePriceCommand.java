package io.flexprice.ports.in.pricing;

import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import java.time.Instant;
import java.util.Map;

/**
 * A new price for an entity (a plan or an addon). The terms were parsed and validated at the edge; the
 * service checks that the entity and the meter of a USAGE price exist. Without a {@code startDate} the price
 * starts when it is created; without an {@code endDate} it runs until further notice.
 */
public record CreatePriceCommand(PriceEntityType entityType, String entityId, String lookupKey, String meterId,
                                 String displayName, String description, Map<String, String> metadata,
                                 Price terms, Instant startDate, Instant endDate) {

    /** A price that starts when it is created. */
    public CreatePriceCommand(PriceEntityType entityType, String entityId, String lookupKey, String meterId,
                              String displayName, String description, Map<String, String> metadata, Price terms) {
        this(entityType, entityId, lookupKey, meterId, displayName, description, metadata, terms, null, null);
    }
}
