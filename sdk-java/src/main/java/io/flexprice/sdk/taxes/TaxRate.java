package io.flexprice.sdk.taxes;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.flexprice.sdk.common.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.TaxRateResponse}. Values are exact decimals, as the server stores them.
 *
 * @param id the rate's id
 * @param name display name
 * @param code your unique code, e.g. {@code GST_18}
 * @param description description
 * @param taxRateType percentage or fixed
 * @param percentageValue the percentage, for a percentage rate
 * @param fixedValue the amount, for a fixed rate
 * @param scope internal, external or one time
 * @param taxRateStatus active or inactive
 * @param metadata your key/value pairs
 * @param status lifecycle status
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when created
 * @param createdBy who created it
 * @param updatedAt when last changed
 * @param updatedBy who last changed it
 */
public record TaxRate(String id, String name, String code, String description, TaxRateType taxRateType,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percentageValue,
                      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fixedValue, TaxRateScope scope,
                      TaxRateStatus taxRateStatus, Map<String, String> metadata, Status status, String tenantId,
                      String environmentId, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public TaxRate {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
