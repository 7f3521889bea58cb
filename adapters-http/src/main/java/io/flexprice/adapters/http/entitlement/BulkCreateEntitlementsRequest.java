package io.flexprice.adapters.http.entitlement;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.entitlement.CreateEntitlementCommand;
import java.util.ArrayList;
import java.util.List;

/** FlexPrice's {@code dto.CreateBulkEntitlementRequest}: {@code items}, created all or none. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BulkCreateEntitlementsRequest(List<CreateEntitlementRequest> items) {

    public List<CreateEntitlementCommand> toCommands() {
        WireParser wire = new WireParser();
        List<CreateEntitlementCommand> commands = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            wire.add("items", "at least one entitlement is required");
        } else {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == null) {
                    wire.add("items[" + i + "]", "is required");
                } else {
                    commands.add(items.get(i).toCommand(wire, "items[" + i + "]."));
                }
            }
        }
        wire.throwIfInvalid();
        return commands;
    }
}
