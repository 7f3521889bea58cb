package io.flexprice.sdk.costs;

import io.flexprice.sdk.prices.Price;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CostsheetResponse}: what usage costs you, priced by prices of entity type COSTSHEET (create
 * them with {@code prices().create}).
 *
 * @param id the costsheet's id
 * @param name name
 * @param description description
 * @param lookupKey your key for it
 * @param metadata your key-value pairs
 * @param prices its prices, current and scheduled
 * @param status published
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Costsheet(String id, String name, String description, String lookupKey, Map<String, String> metadata,
                        List<Price> prices, String status, Instant createdAt, Instant updatedAt) {

    public Costsheet {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        prices = prices == null ? List.of() : List.copyOf(prices);
    }

    /** FlexPrice's wrapper of a single costsheet: {@code {"costsheet": {...}}}. */
    record Envelope(Costsheet costsheet) {
    }
}
