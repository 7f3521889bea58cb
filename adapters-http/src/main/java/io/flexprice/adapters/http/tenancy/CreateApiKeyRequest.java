package io.flexprice.adapters.http.tenancy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.tenancy.ApiKeyType;
import io.flexprice.ports.in.tenancy.CreateApiKeyCommand;
import java.time.Instant;

/**
 * FlexPrice's {@code dto.CreateAPIKeyRequest} ({@code service_account_id} is accepted and ignored),
 * plus our {@code environment_scoped}: true (the default) binds the key to the caller's environment.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateApiKeyRequest(String name, String type, String expiresAt, Boolean environmentScoped) {

    public CreateApiKeyCommand toCommand() {
        WireParser wire = new WireParser();
        ApiKeyType keyType = type == null ? null : wire.parse(() -> ApiKeyType.fromWire(type));
        Instant expires = wire.instant(expiresAt, "expires_at");
        CreateApiKeyCommand command = wire.parse(() -> new CreateApiKeyCommand(name, keyType, expires,
                environmentScoped == null || environmentScoped));
        wire.throwIfInvalid();
        return command;
    }
}
