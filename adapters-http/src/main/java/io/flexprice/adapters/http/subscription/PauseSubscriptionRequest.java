package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.subscription.PauseMode;
import io.flexprice.ports.in.subscription.PauseSubscriptionCommand;
import java.util.Map;

/** FlexPrice's {@code dto.PauseSubscriptionRequest}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PauseSubscriptionRequest(String pauseMode, String pauseStart, String pauseEnd, Integer pauseDays,
                                       String reason, Map<String, String> metadata, Boolean dryRun) {

    public PauseSubscriptionCommand toCommand() {
        WireParser wire = new WireParser();
        if (pauseMode == null || pauseMode.isBlank()) {
            wire.add("pause_mode", "is required");
        }
        PauseMode mode = SubscriptionWire.wireEnum(wire, "", pauseMode, PauseMode::fromWire);
        var start = wire.instant(pauseStart, "pause_start");
        var end = wire.instant(pauseEnd, "pause_end");
        wire.throwIfInvalid();
        return new PauseSubscriptionCommand(mode, start, end, pauseDays, reason, metadata,
                Boolean.TRUE.equals(dryRun));
    }
}
