package io.flexprice.sdk.plans;

import io.flexprice.sdk.common.Status;
import io.flexprice.sdk.prices.Price;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.PlanResponse}; {@code prices} is set where the plan is read with its prices
 * ({@code get}, {@code create}), null in lists.
 *
 * @param id the plan's id
 * @param name display name
 * @param description description
 * @param lookupKey your unique key
 * @param metadata your key/value pairs
 * @param prices its live prices, or null
 * @param status lifecycle status
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when created
 * @param createdBy who created it
 * @param updatedAt when last changed
 * @param updatedBy who last changed it
 */
public record Plan(String id, String name, String description, String lookupKey, Map<String, String> metadata,
                   List<Price> prices, Status status, String tenantId, String environmentId, Instant createdAt,
                   String createdBy, Instant updatedAt, String updatedBy) {

    public Plan {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        prices = prices == null ? null : List.copyOf(prices);
    }

}
