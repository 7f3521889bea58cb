package io.flexprice.adapters.http.plan;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.ports.in.plan.ClonePlanCommand;
import java.util.Map;

/**
 * FlexPrice's {@code dto.ClonePlanRequest}: {@code name} (different from the source's) and {@code lookup_key}
 * are required, {@code description} and {@code metadata} override the source's. {@code display_order} is
 * accepted and ignored: plans have no display order here.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ClonePlanRequest(String name, String lookupKey, String description, Integer displayOrder,
                               Map<String, String> metadata) {

    public ClonePlanCommand toCommand() {
        return new ClonePlanCommand(name, lookupKey, description, metadata);
    }
}
