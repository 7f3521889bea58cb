package io.flexprice.ports.in.subscription;

import java.time.Instant;
import java.util.Map;

/**
 * FlexPrice's {@code dto.AddAddonRequest}: the addon to add to the subscription, from {@code startDate} (null:
 * now), with {@code metadata} for the association.
 */
public record AddAddonCommand(String subscriptionId, String addonId, Instant startDate, Map<String, String> metadata) {

    public AddAddonCommand {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
