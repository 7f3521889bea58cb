package io.flexprice.ports.in.plan;

import io.flexprice.ports.in.pricing.CreatePriceCommand;
import java.util.List;
import java.util.Map;

/**
 * A new plan, with the prices it lists created together with it; their {@code entityType} and
 * {@code entityId} are ignored (they name the new plan).
 */
public record CreatePlanCommand(String name, String description, String lookupKey, Map<String, String> metadata,
                                List<CreatePriceCommand> prices) {

    public CreatePlanCommand {
        prices = prices == null ? List.of() : List.copyOf(prices);
    }
}
