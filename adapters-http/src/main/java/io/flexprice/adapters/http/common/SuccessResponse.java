package io.flexprice.adapters.http.common;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** FlexPrice's {@code dto.SuccessResponse}: {@code {"message": "..."}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SuccessResponse(String message) {
}
