package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** FlexPrice's {@code dto.RemoveAddonRequest} ({@code DELETE /subscriptions/addon}, in the body). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RemoveAddonRequest(String addonAssociationId, String reason) {
}
