package io.flexprice.ports.in.tenancy;

import io.flexprice.domain.common.Violations;
import io.flexprice.domain.tenancy.ApiKeyType;
import java.time.Instant;

/**
 * @param environmentScoped true (the default) binds the key to the caller's environment; false makes a
 *     tenant-wide key whose requests choose their environment with {@code X-Environment-ID}
 */
public record CreateApiKeyCommand(String name, ApiKeyType type, Instant expiresAt, boolean environmentScoped) {

    public CreateApiKeyCommand {
        new Violations()
                .requireText(name, "name")
                .maxLength(name, 255, "name")
                .require(type != null, "type", "is required")
                .throwIfAny();
    }
}
