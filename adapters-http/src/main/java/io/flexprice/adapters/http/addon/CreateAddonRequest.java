package io.flexprice.adapters.http.addon;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.adapters.http.pricing.CreatePriceRequest;
import io.flexprice.domain.addon.AddonType;
import io.flexprice.ports.in.addon.CreateAddonCommand;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateAddonRequest} ({@code name}, {@code lookup_key} and {@code type} required),
 * plus an extension FlexPrice lacks: {@code prices}, price requests created with the addon, as with plans
 * (their {@code entity_type} and {@code entity_id} may be left out). FlexPrice's addon {@code metadata}
 * takes any JSON value; here its values must be strings, like every other entity's.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateAddonRequest(String name, String description, String lookupKey, String type,
                                 Map<String, Object> metadata, List<CreatePriceRequest> prices) {

    public CreateAddonCommand toCommand() {
        WireParser wire = new WireParser();
        AddonType addonType = type == null || type.isBlank() ? null : wire.parse(() -> AddonType.fromWire(type));
        Map<String, String> stringMetadata = strings(wire, metadata);
        List<CreatePriceCommand> commands = new ArrayList<>();
        if (prices != null) {
            for (int i = 0; i < prices.size(); i++) {
                CreatePriceRequest price = prices.get(i);
                if (price == null) {
                    wire.add("prices[" + i + "]", "is required");
                } else {
                    commands.add(price.toCommand(wire, "prices[" + i + "]."));
                }
            }
        }
        wire.throwIfInvalid();
        return new CreateAddonCommand(name, description, lookupKey, addonType, stringMetadata, commands);
    }

    /** The metadata with string values; any other value is recorded as invalid ({@code metadata.key}). */
    static Map<String, String> strings(WireParser wire, Map<String, Object> metadata) {
        if (metadata == null) {
            return null;
        }
        Map<String, String> result = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (value instanceof String text) {
                result.put(key, text);
            } else {
                wire.add("metadata." + key, "must be a string");
            }
        });
        return result;
    }
}
