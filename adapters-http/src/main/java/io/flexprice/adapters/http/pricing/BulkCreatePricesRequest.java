package io.flexprice.adapters.http.pricing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import java.util.ArrayList;
import java.util.List;

/** FlexPrice's {@code dto.CreateBulkPriceRequest}: {@code {"items": [CreatePriceRequest...]}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BulkCreatePricesRequest(List<CreatePriceRequest> items) {

    public List<CreatePriceCommand> toCommands() {
        WireParser wire = new WireParser();
        List<CreatePriceCommand> commands = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            wire.add("items", "at least one price is required");
        } else {
            for (int i = 0; i < items.size(); i++) {
                CreatePriceRequest item = items.get(i);
                if (item == null) {
                    wire.add("items[" + i + "]", "is required");
                } else {
                    commands.add(item.toCommand(wire, "items[" + i + "]."));
                }
            }
        }
        wire.throwIfInvalid();
        return commands;
    }
}
