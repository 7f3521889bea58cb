package io.flexprice.adapters.http.feature;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.ports.in.feature.UpdateFeatureCommand;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdateFeatureRequest}: absent fields keep their value; {@code filters}, when
 * present, replaces the meter's filters ({@code []} removes them).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateFeatureRequest(String name, String description, String unitSingular, String unitPlural,
                                   Map<String, String> metadata, List<FilterRequest> filters) {

    public UpdateFeatureCommand toCommand() {
        WireParser wire = new WireParser();
        List<PropertyFilter> parsedFilters = FilterRequest.toFilters(filters, wire, "");
        wire.throwIfInvalid();
        return new UpdateFeatureCommand(name, description, unitSingular, unitPlural, metadata, parsedFilters);
    }
}
