package io.flexprice.adapters.http.tenancy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.EnvironmentId;
import java.time.Instant;
import java.util.List;

/**
 * FlexPrice's {@code dto.SecretResponse} for an API key (never the key itself), plus our
 * {@code environment_id}: the environment the key is bound to, absent for a tenant-wide key.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SecretResponse(String id, String name, String type, String provider, String displayId,
                             List<String> roles, String status, Instant expiresAt, Instant lastUsedAt,
                             String environmentId, Instant createdAt, String createdBy) {

    /** Every API key is a FlexPrice-provided secret. */
    public static final String PROVIDER = "flexprice";

    public static SecretResponse from(ApiKey key) {
        return new SecretResponse(key.id().value(), key.name(), key.type().wireValue(), PROVIDER, key.displayId(),
                List.of(), key.status().wireValue(), key.expiresAt(), null,
                key.environmentId().map(EnvironmentId::value).orElse(null), key.createdAt(), key.createdBy());
    }
}
