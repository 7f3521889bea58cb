package io.flexprice.sdk.addons;

import io.flexprice.sdk.common.Status;
import io.flexprice.sdk.prices.Price;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.AddonResponse} (also what {@code create} answers); {@code prices} is set where the addon
 * is read with its prices ({@code get}, {@code getByLookupKey}, {@code create}, {@code update}), null in lists.
 * {@code metadata} values are JSON values as FlexPrice allows (this server only stores strings).
 *
 * @param id the addon's id
 * @param name display name
 * @param description description
 * @param lookupKey your unique key
 * @param type once or multiple instances per subscription
 * @param metadata your key/value pairs
 * @param prices its prices that have not ended, or null
 * @param status lifecycle status
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when created
 * @param createdBy who created it
 * @param updatedAt when last changed
 * @param updatedBy who last changed it
 */
public record Addon(String id, String name, String description, String lookupKey, AddonType type,
                    Map<String, Object> metadata, List<Price> prices, Status status, String tenantId,
                    String environmentId, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public Addon {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        prices = prices == null ? null : List.copyOf(prices);
    }
}
