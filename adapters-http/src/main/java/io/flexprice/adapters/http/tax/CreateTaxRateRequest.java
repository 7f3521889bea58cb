package io.flexprice.adapters.http.tax;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireDecimals;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.tax.TaxRateScope;
import io.flexprice.domain.tax.TaxRateType;
import io.flexprice.ports.in.tax.CreateTaxRateCommand;
import java.math.BigDecimal;
import java.util.Map;

/** FlexPrice's {@code dto.CreateTaxRateRequest}: values as decimal strings; {@code scope} defaults to INTERNAL. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateTaxRateRequest(String name, String code, String description, String percentageValue,
                                   String fixedValue, String taxRateType, String scope, Map<String, String> metadata) {

    public CreateTaxRateCommand toCommand() {
        WireParser wire = new WireParser();
        TaxRateType type = blank(taxRateType) ? null : wire.parse(() -> TaxRateType.fromWire(taxRateType.trim()));
        TaxRateScope rateScope = blank(scope) ? null : wire.parse(() -> TaxRateScope.fromWire(scope.trim()));
        BigDecimal percentage = WireDecimals.parse(wire, percentageValue, "percentage_value");
        BigDecimal fixed = WireDecimals.parse(wire, fixedValue, "fixed_value");
        wire.throwIfInvalid();
        return new CreateTaxRateCommand(name, code, description, type, percentage, fixed, rateScope, metadata);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
