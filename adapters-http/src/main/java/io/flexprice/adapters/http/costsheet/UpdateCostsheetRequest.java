package io.flexprice.adapters.http.costsheet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.ports.in.costsheet.UpdateCostsheetCommand;
import java.util.Map;

/** FlexPrice's {@code dto.UpdateCostsheetRequest}: absent fields keep their value. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateCostsheetRequest(String name, String description, Map<String, String> metadata) {

    public UpdateCostsheetCommand toCommand() {
        return new UpdateCostsheetCommand(name, description, metadata);
    }
}
