package io.flexprice.adapters.http.pricing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import java.time.Instant;

/**
 * FlexPrice's {@code dto.DeletePriceRequest}, the optional body of {@code DELETE /v1/prices/{id}}: with
 * {@code end_date} the price ends there (and stays readable), without it the price is deleted.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeletePriceRequest(String endDate) {

    /** The end date asked for, or null to delete the price; a 400 on {@code end_date} if it is no timestamp. */
    public Instant endDateOrNull() {
        WireParser wire = new WireParser();
        Instant end = wire.instant(endDate, "end_date");
        wire.throwIfInvalid();
        return end;
    }
}
