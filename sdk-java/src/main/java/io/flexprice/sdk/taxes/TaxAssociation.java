package io.flexprice.sdk.taxes;

import io.flexprice.sdk.common.Status;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.TaxAssociationResponse}: a tax rate attached to a tenant, customer, subscription or
 * invoice. {@code taxRate} is set where the association is read with its rate ({@code get}, and {@code list} with
 * {@code expand} set to {@code tax_rate}). {@code startDate} and {@code endDate} are extensions of this server.
 *
 * @param id the association's id
 * @param taxRateId the rate
 * @param entityType what the rate is attached to
 * @param entityId the id of what it is attached to
 * @param priority the order among rates at one level (lower first)
 * @param autoApply whether it applies without being named
 * @param currency the only currency it applies in, or null for all
 * @param startDate from when it applies (extension)
 * @param endDate from when it no longer applies (extension)
 * @param metadata your key/value pairs
 * @param taxRate the rate, where read with it
 * @param status lifecycle status
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when created
 * @param createdBy who created it
 * @param updatedAt when last changed
 * @param updatedBy who last changed it
 */
public record TaxAssociation(String id, String taxRateId, TaxRateEntityType entityType, String entityId,
                             Integer priority, Boolean autoApply, String currency, Instant startDate, Instant endDate,
                             Map<String, String> metadata, TaxRate taxRate, Status status, String tenantId,
                             String environmentId, Instant createdAt, String createdBy, Instant updatedAt,
                             String updatedBy) {

    public TaxAssociation {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
