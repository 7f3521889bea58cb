package io.flexprice.adapters.http.addon;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.pricing.PriceResponse;
import io.flexprice.domain.addon.Addon;
import io.flexprice.ports.in.addon.ManageAddonsUseCase.AddonView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.AddonResponse} (and {@code dto.CreateAddonResponse}, the same shape); {@code prices}
 * only where the addon is read with them. Entitlements are not served.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AddonResponse(String id, String name, String description, String lookupKey, String type,
                            Map<String, String> metadata, List<PriceResponse> prices, String status,
                            String tenantId, String environmentId, Instant createdAt, String createdBy,
                            Instant updatedAt, String updatedBy) {

    public static AddonResponse from(AddonView view) {
        return from(view.addon(), view.prices().stream().map(PriceResponse::from).toList());
    }

    public static AddonResponse from(Addon addon) {
        return from(addon, null);
    }

    private static AddonResponse from(Addon addon, List<PriceResponse> prices) {
        return new AddonResponse(addon.id().value(), addon.name(), addon.description(), addon.lookupKey(),
                addon.type().wireValue(), addon.metadata().values(), prices, addon.status().wireValue(),
                addon.scope().tenantId().value(), addon.scope().environmentId().value(), addon.audit().createdAt(),
                addon.audit().createdBy(), addon.audit().updatedAt(), addon.audit().updatedBy());
    }
}
