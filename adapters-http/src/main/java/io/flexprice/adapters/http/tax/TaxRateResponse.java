package io.flexprice.adapters.http.tax;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireDecimals;
import io.flexprice.domain.tax.TaxRate;
import java.time.Instant;
import java.util.Map;

/** FlexPrice's {@code dto.TaxRateResponse}: values as decimal strings exactly as stored. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TaxRateResponse(String id, String name, String code, String description, String taxRateType,
                              String percentageValue, String fixedValue, String scope, String taxRateStatus,
                              Map<String, String> metadata, String status, String tenantId, String environmentId,
                              Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static TaxRateResponse from(TaxRate rate) {
        return new TaxRateResponse(rate.id().value(), rate.name(), rate.code(), rate.description(),
                rate.type().wireValue(), WireDecimals.format(rate.percentageValue()),
                WireDecimals.format(rate.fixedValue()), rate.rateScope().name(), rate.rateStatus().name(),
                rate.metadata().values(), rate.status().wireValue(), rate.scope().tenantId().value(),
                rate.scope().environmentId().value(), rate.audit().createdAt(), rate.audit().createdBy(),
                rate.audit().updatedAt(), rate.audit().updatedBy());
    }
}
