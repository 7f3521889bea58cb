package io.flexprice.adapters.http.entitlement;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.ports.in.entitlement.OverrideEntitlementCommand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** FlexPrice's {@code dto.OverrideEntitlementRequest}, an item of a subscription's {@code override_entitlements}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OverrideEntitlementRequest(String entitlementId, Boolean isEnabled, BigDecimal usageLimit,
                                         String staticValue) {

    /** The overrides of a request, each violation named {@code override_entitlements[i].field}. */
    public static List<OverrideEntitlementCommand> toCommands(WireParser wire, List<OverrideEntitlementRequest> items) {
        List<OverrideEntitlementCommand> commands = new ArrayList<>();
        if (items == null) {
            return commands;
        }
        for (int i = 0; i < items.size(); i++) {
            OverrideEntitlementRequest item = items.get(i);
            String prefix = "override_entitlements[" + i + "]";
            if (item == null) {
                wire.add(prefix, "is required");
            } else if (item.entitlementId() == null || item.entitlementId().isBlank()) {
                wire.add(prefix + ".entitlement_id", "is required");
            } else {
                commands.add(new OverrideEntitlementCommand(new EntitlementId(item.entitlementId()), item.isEnabled(),
                        item.usageLimit(), item.staticValue()));
            }
        }
        return commands;
    }
}
