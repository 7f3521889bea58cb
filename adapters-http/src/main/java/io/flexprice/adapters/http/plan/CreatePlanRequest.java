package io.flexprice.adapters.http.plan;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.adapters.http.pricing.CreatePriceRequest;
import io.flexprice.ports.in.plan.CreatePlanCommand;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreatePlanRequest}, with FlexPrice's {@code prices}: price requests created with
 * the plan (their {@code entity_type} and {@code entity_id} may be left out). {@code display_order},
 * {@code entitlements} and {@code credit_grants} are accepted and ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreatePlanRequest(String name, String description, String lookupKey, Map<String, String> metadata,
                                List<CreatePriceRequest> prices) {

    public CreatePlanCommand toCommand() {
        WireParser wire = new WireParser();
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
        return new CreatePlanCommand(name, description, lookupKey, metadata, commands);
    }
}
