package io.flexprice.adapters.http.common;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * FlexPrice's error body: {@code {"success": false, "error": {"message", "internal_error", ...}}}, plus
 * our stable {@code code} and, for invalid fields, {@code details}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ErrorResponse(boolean success, ErrorDetail error) {

    public static ErrorResponse of(String code, String message, String internalError, List<FieldError> details) {
        return new ErrorResponse(false, new ErrorDetail(message, internalError, code,
                details == null || details.isEmpty() ? null : List.copyOf(details)));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ErrorDetail(String message, String internalError, String code, List<FieldError> details) {
    }

    /** One invalid field, named by its snake_case JSON path ({@code events[2].timestamp}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record FieldError(String field, String message) {
    }
}
