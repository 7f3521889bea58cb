package io.flexprice.adapters.http.pricing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** FlexPrice's {@code dto.CreateBulkPriceResponse}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BulkCreatePricesResponse(List<PriceResponse> items) {
}
