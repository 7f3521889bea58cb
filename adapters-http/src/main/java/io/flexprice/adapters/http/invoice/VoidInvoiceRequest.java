package io.flexprice.adapters.http.invoice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ValidationException;
import java.util.Map;

/**
 * FlexPrice's {@code dto.InvoiceVoidRequest}: metadata merged into the invoice's. The body is optional (FlexPrice's
 * SDK sends none, and no content type), so the resource takes it as text and parses it here.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VoidInvoiceRequest(Map<String, String> metadata) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The request in {@code body}, null for an empty body. */
    public static VoidInvoiceRequest parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(body, VoidInvoiceRequest.class);
        } catch (JsonProcessingException e) {
            throw new ValidationException(ErrorCode.MALFORMED_REQUEST, "body",
                    "must be a JSON object such as {\"metadata\": {\"reason\": \"duplicate\"}}");
        }
    }
}
