package io.flexprice.ports.in.addon;

import io.flexprice.domain.addon.AddonType;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import java.util.List;
import java.util.Map;

/**
 * A new addon, with the prices it lists created together with it; their {@code entityType} and
 * {@code entityId} are ignored (they name the new addon).
 */
public record CreateAddonCommand(String name, String description, String lookupKey, AddonType type,
                                 Map<String, String> metadata, List<CreatePriceCommand> prices) {

    public CreateAddonCommand {
        prices = prices == null ? List.of() : List.copyOf(prices);
    }
}
