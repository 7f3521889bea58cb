package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** FlexPrice's {@code dto.ActivateDraftSubscriptionRequest}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ActivateSubscriptionRequest(String startDate) {
}
