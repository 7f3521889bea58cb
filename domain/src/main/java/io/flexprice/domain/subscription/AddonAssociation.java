package io.flexprice.domain.subscription;

import io.flexprice.domain.common.Metadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An addon on a subscription (FlexPrice's addon association): the ADDON line items made from the addon's prices
 * when it was added. It is not stored on its own: every line item of the association carries its id in its
 * metadata under {@value #KEY}, and the id is the id of its first line item, so the association is found through
 * its line ({@code SubscriptionRepository.findByLineItemId}) and read back from the subscription ({@link #of}).
 *
 * @param startDate the earliest start of its lines
 * @param endDate   when its lines end (null while any runs open-ended)
 * @param metadata  the request's metadata (the lines' metadata without {@value #KEY})
 * @param active    whether its lines still run (or are to run) at the instant it was read at: FlexPrice's
 *                  addon_status active (else cancelled)
 */
public record AddonAssociation(String id, SubscriptionId subscriptionId, String addonId, Instant startDate,
                               Instant endDate, Metadata metadata, List<SubscriptionLineItemId> lineItemIds,
                               boolean active) {

    /** The metadata key of an ADDON line item naming its association. */
    public static final String KEY = "addon_association_id";

    public AddonAssociation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(addonId, "addonId");
        Objects.requireNonNull(startDate, "startDate");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        lineItemIds = List.copyOf(lineItemIds);
    }

    /** The associations of a subscription as they stand at {@code now}, in the order their first lines were added. */
    public static List<AddonAssociation> of(Subscription subscription, Instant now) {
        Map<String, List<SubscriptionLineItem>> groups = new LinkedHashMap<>();
        for (SubscriptionLineItem line : subscription.lineItems()) {
            String id = line.entityType() == LineItemEntityType.ADDON ? line.metadata().values().get(KEY) : null;
            if (id != null) {
                groups.computeIfAbsent(id, key -> new ArrayList<>()).add(line);
            }
        }
        List<AddonAssociation> associations = new ArrayList<>();
        groups.forEach((id, lines) -> {
            Instant start = null;
            Instant end = null;
            boolean open = false;
            for (SubscriptionLineItem line : lines) {
                start = start == null || line.startDate().isBefore(start) ? line.startDate() : start;
                open |= line.endDate() == null;
                end = line.endDate() != null && (end == null || line.endDate().isAfter(end)) ? line.endDate() : end;
            }
            Map<String, String> metadata = new LinkedHashMap<>(lines.get(0).metadata().values());
            metadata.remove(KEY);
            associations.add(new AddonAssociation(id, subscription.id(), lines.get(0).entityId(), start,
                    open ? null : end, Metadata.of(metadata), lines.stream().map(SubscriptionLineItem::id).toList(),
                    open || end.isAfter(now)));
        });
        return List.copyOf(associations);
    }
}
