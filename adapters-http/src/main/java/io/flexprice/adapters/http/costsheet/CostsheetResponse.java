package io.flexprice.adapters.http.costsheet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.pricing.PriceResponse;
import io.flexprice.domain.costsheet.Costsheet;
import io.flexprice.ports.in.costsheet.ManageCostsheetsUseCase.CostsheetView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** FlexPrice's {@code dto.CostsheetResponse}, with its prices (current and scheduled). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CostsheetResponse(String id, String name, String description, String lookupKey,
                                Map<String, String> metadata, List<PriceResponse> prices, String status,
                                String tenantId, String environmentId, Instant createdAt, String createdBy,
                                Instant updatedAt, String updatedBy) {

    public static CostsheetResponse from(CostsheetView view) {
        Costsheet c = view.costsheet();
        return new CostsheetResponse(c.id().value(), c.name(), c.description(), c.lookupKey(), c.metadata().values(),
                view.prices().stream().map(PriceResponse::from).toList(), c.status().wireValue(),
                c.scope().tenantId().value(), c.scope().environmentId().value(), c.audit().createdAt(),
                c.audit().createdBy(), c.audit().updatedAt(), c.audit().updatedBy());
    }

    /** FlexPrice's create, get and update answers: {@code {"costsheet": {...}}}. */
    public record Envelope(CostsheetResponse costsheet) {

        public static Envelope of(CostsheetView view) {
            return new Envelope(from(view));
        }
    }

    /** FlexPrice's {@code dto.DeleteCostsheetResponse}. */
    public record Deleted(String id, String message) {
    }
}
