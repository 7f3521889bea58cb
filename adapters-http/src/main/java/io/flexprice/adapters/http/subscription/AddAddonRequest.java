package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.subscription.AddAddonCommand;
import java.time.Instant;
import java.util.Map;

/**
 * FlexPrice's {@code dto.AddAddonRequest} ({@code POST /subscriptions/addon}). {@code line_item_commitments} is
 * accepted and ignored (per-line commitments are not served).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AddAddonRequest(String subscriptionId, String addonId, String startDate,
                              Map<String, String> metadata, Map<String, Object> lineItemCommitments) {

    public AddAddonCommand toCommand() {
        WireParser wire = new WireParser();
        Instant start = wire.instant(startDate, "start_date");
        wire.throwIfInvalid();
        return new AddAddonCommand(subscriptionId, addonId, start, metadata);
    }
}
