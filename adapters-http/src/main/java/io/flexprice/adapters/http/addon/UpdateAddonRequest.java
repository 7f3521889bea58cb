package io.flexprice.adapters.http.addon;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.addon.UpdateAddonCommand;
import java.util.Map;

/** FlexPrice's {@code dto.UpdateAddonRequest}: absent fields keep their value; metadata values are strings. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateAddonRequest(String name, String description, Map<String, Object> metadata) {

    public UpdateAddonCommand toCommand() {
        WireParser wire = new WireParser();
        Map<String, String> stringMetadata = CreateAddonRequest.strings(wire, metadata);
        wire.throwIfInvalid();
        return new UpdateAddonCommand(name, description, stringMetadata);
    }
}
