package io.flexprice.adapters.http.pricing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;

/** FlexPrice's {@code price.TransformQuantity}: {@code divide_by} a number, {@code round} up or down. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TransformQuantityRequest(BigDecimal divideBy, String round) {
}
