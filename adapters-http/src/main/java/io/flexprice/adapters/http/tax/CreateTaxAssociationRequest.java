package io.flexprice.adapters.http.tax;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tax.TaxEntityType;
import io.flexprice.ports.in.tax.CreateTaxAssociationCommand;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateTaxAssociationRequest}, plus {@code start_date} and {@code end_date}
 * (extensions: when the association applies). {@code auto_apply} defaults to false and {@code priority} to 0,
 * as in FlexPrice.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateTaxAssociationRequest(String taxRateCode, String entityType, String entityId,
                                          String externalCustomerId, Integer priority, Boolean autoApply,
                                          String currency, Map<String, String> metadata, String startDate,
                                          String endDate) {

    public CreateTaxAssociationCommand toCommand() {
        WireParser wire = new WireParser();
        TaxEntityType type = CreateTaxRateRequest.blank(entityType) ? null
                : wire.parse(() -> TaxEntityType.fromWire(entityType.trim()));
        Currency unit = CreateTaxRateRequest.blank(currency) ? null
                : wire.parse(() -> Money.parseCurrency(currency, "currency"));
        Instant start = wire.instant(startDate, "start_date");
        Instant end = wire.instant(endDate, "end_date");
        wire.throwIfInvalid();
        return new CreateTaxAssociationCommand(taxRateCode, type, entityId, externalCustomerId, priority, autoApply,
                unit, start, end, metadata);
    }
}
