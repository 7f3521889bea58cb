package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.subscription.AddonAssociation;
import io.flexprice.domain.subscription.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.AddonAssociationResponse}, read from the association's ADDON line items
 * ({@link AddonAssociation}): {@code entity_type} is always {@code subscription}, {@code cancelled_at} is the end
 * of an ended association, {@code created_at} its start. Extension: {@code line_item_ids}, its line items.
 * Not served: {@code addon}, {@code subscription} (expansions), {@code cancellation_reason} (not stored).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AddonAssociationResponse(String id, String addonId, String entityId, String entityType,
                                       String addonStatus, Instant startDate, Instant endDate, Instant cancelledAt,
                                       String cancellationReason, Map<String, String> metadata, String status,
                                       String tenantId, String environmentId, Instant createdAt,
                                       List<String> lineItemIds) {

    public static AddonAssociationResponse from(Subscription subscription, AddonAssociation association) {
        boolean active = association.active();
        return new AddonAssociationResponse(association.id(), association.addonId(),
                association.subscriptionId().value(), "subscription", active ? "active" : "cancelled",
                association.startDate(), association.endDate(), active ? null : association.endDate(), null,
                association.metadata().values(), "published", subscription.scope().tenantId().value(),
                subscription.scope().environmentId().value(), association.startDate(),
                association.lineItemIds().stream().map(id -> id.value()).toList());
    }
}
