package io.flexprice.sdk.features;

import io.flexprice.sdk.common.Status;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.FeatureResponse}, with a metered feature's meter.
 *
 * @param id the feature's id
 * @param name display name
 * @param description description
 * @param lookupKey your unique key
 * @param type its type
 * @param meterId its meter's id, for a metered feature
 * @param meter its meter, for a metered feature
 * @param unitSingular the unit, singular
 * @param unitPlural the unit, plural
 * @param metadata your key/value pairs
 * @param status lifecycle status
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when created
 * @param createdBy who created it
 * @param updatedAt when last changed
 * @param updatedBy who last changed it
 */
public record Feature(String id, String name, String description, String lookupKey, FeatureType type, String meterId,
                      Meter meter, String unitSingular, String unitPlural, Map<String, String> metadata,
                      Status status, String tenantId, String environmentId, Instant createdAt, String createdBy,
                      Instant updatedAt, String updatedBy) {

    public Feature {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

}
