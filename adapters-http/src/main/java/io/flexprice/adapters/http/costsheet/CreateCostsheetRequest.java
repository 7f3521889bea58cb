package io.flexprice.adapters.http.costsheet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.ports.in.costsheet.CreateCostsheetCommand;
import java.util.Map;

/** FlexPrice's {@code dto.CreateCostsheetRequest}; the prices are created with {@code entity_type} COSTSHEET. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateCostsheetRequest(String name, String description, String lookupKey, Map<String, String> metadata) {

    public CreateCostsheetCommand toCommand() {
        return new CreateCostsheetCommand(name, description, lookupKey, metadata);
    }
}
