package io.flexprice.adapters.http.tax;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.tax.TaxRateStatus;
import io.flexprice.ports.in.tax.UpdateTaxRateCommand;
import java.util.Map;

/** FlexPrice's {@code dto.UpdateTaxRateRequest}: absent fields keep their value. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateTaxRateRequest(String name, String code, String description, Map<String, String> metadata,
                                   String taxRateStatus) {

    public UpdateTaxRateCommand toCommand() {
        WireParser wire = new WireParser();
        TaxRateStatus rateStatus = CreateTaxRateRequest.blank(taxRateStatus) ? null
                : wire.parse(() -> TaxRateStatus.fromWire(taxRateStatus.trim()));
        wire.throwIfInvalid();
        return new UpdateTaxRateCommand(name, code, description, rateStatus, metadata);
    }
}
