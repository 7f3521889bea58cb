package io.flexprice.adapters.http.tax;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.tax.UpdateTaxAssociationCommand;
import java.time.Instant;
import java.util.Map;

/**
 * FlexPrice's {@code dto.TaxAssociationUpdateRequest}, plus {@code end_date} (an extension: the association
 * stops applying from then on). Absent fields keep their value.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateTaxAssociationRequest(Integer priority, Boolean autoApply, Map<String, String> metadata,
                                          String endDate) {

    public UpdateTaxAssociationCommand toCommand() {
        WireParser wire = new WireParser();
        Instant end = wire.instant(endDate, "end_date");
        wire.throwIfInvalid();
        return new UpdateTaxAssociationCommand(priority, autoApply, end, metadata);
    }
}
