package io.flexprice.sdk.apikeys;

import io.flexprice.sdk.common.Status;
import java.time.Instant;
import java.util.List;

/**
 * FlexPrice's {@code dto.SecretResponse} for an API key: its description, never the key itself.
 *
 * @param id the key's id
 * @param name its name
 * @param type its kind
 * @param provider {@code flexprice}
 * @param displayId a recognisable part of the key
 * @param roles its roles
 * @param status lifecycle status
 * @param expiresAt when it stops working, or null
 * @param lastUsedAt when it was last used, or null
 * @param environmentId the environment it is bound to; null for a tenant-wide key (an extension of this server)
 * @param createdAt when created
 * @param createdBy who created it
 */
public record ApiKey(String id, String name, ApiKeyType type, String provider, String displayId, List<String> roles,
                     Status status, Instant expiresAt, Instant lastUsedAt, String environmentId, Instant createdAt,
                     String createdBy) {

    public ApiKey {
        roles = roles == null ? null : List.copyOf(roles);
    }

}
