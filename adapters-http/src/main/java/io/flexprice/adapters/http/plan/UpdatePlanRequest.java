package io.flexprice.adapters.http.plan;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.ports.in.plan.UpdatePlanCommand;
import java.util.Map;

/** FlexPrice's {@code dto.UpdatePlanRequest}: absent fields keep their value. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdatePlanRequest(String name, String description, String lookupKey, Map<String, String> metadata) {

    public UpdatePlanCommand toCommand() {
        return new UpdatePlanCommand(name, description, lookupKey, metadata);
    }
}
