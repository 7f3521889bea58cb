package io.flexprice.ports.in.pricing;

import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import java.util.Map;

/**
 * A new price for an entity (a plan). The terms were parsed and validated at the edge; the service checks
 * that the entity and the meter of a USAGE price exist.
 */
public record CreatePriceCommand(PriceEntityType entityType, String entityId, String lookupKey, String meterId,
                                 String displayName, String description, Map<String, String> metadata,
                                 Price terms) {
}
