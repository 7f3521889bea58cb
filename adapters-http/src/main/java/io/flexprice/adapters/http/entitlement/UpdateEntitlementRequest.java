package io.flexprice.adapters.http.entitlement;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.entitlement.UsageResetPeriod;
import io.flexprice.ports.in.entitlement.UpdateEntitlementCommand;
import java.math.BigDecimal;

/** FlexPrice's {@code dto.UpdateEntitlementRequest}: absent fields keep their value. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateEntitlementRequest(Boolean isEnabled, Boolean isSoftLimit, String staticValue,
                                       BigDecimal usageLimit, String usageResetPeriod) {

    public UpdateEntitlementCommand toCommand() {
        WireParser wire = new WireParser();
        UsageResetPeriod period = EntitlementWire.parse(wire, "", "usage_reset_period", usageResetPeriod,
                UsageResetPeriod::fromWire);
        wire.throwIfInvalid();
        return new UpdateEntitlementCommand(isEnabled, usageLimit, period, isSoftLimit, staticValue);
    }
}
