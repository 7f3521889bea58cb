package io.flexprice.sdk.subscriptions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.AddonAssociationResponse}: an addon on a subscription. {@code lineItemIds} (its line items)
 * is this server's extension.
 *
 * @param id the association's id
 * @param addonId the addon
 * @param entityId the subscription
 * @param entityType {@code subscription}
 * @param addonStatus active, cancelled or paused
 * @param startDate when it started
 * @param endDate when it ended, if it did
 * @param cancelledAt when it was removed
 * @param cancellationReason why
 * @param metadata your key-value pairs
 * @param createdAt when it was added
 * @param lineItemIds its line items on the subscription (an extension)
 */
public record AddonAssociation(String id, String addonId, String entityId, String entityType, AddonStatus addonStatus,
                               Instant startDate, Instant endDate, Instant cancelledAt, String cancellationReason,
                               Map<String, Object> metadata, Instant createdAt, List<String> lineItemIds) {

    public AddonAssociation {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        lineItemIds = lineItemIds == null ? List.of() : List.copyOf(lineItemIds);
    }
}
