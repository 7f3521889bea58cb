package io.flexprice.ports.application.tenancy;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.ApiKeyHash;
import io.flexprice.domain.tenancy.ApiKeyId;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.tenancy.CreateApiKeyCommand;
import io.flexprice.ports.in.tenancy.ManageApiKeysUseCase;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.SecretGenerator;
import io.flexprice.ports.out.tenancy.ApiKeyRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class ManageApiKeysService implements ManageApiKeysUseCase {

    private final ApiKeyRepository apiKeys;
    private final IdGenerator ids;
    private final SecretGenerator secrets;
    private final Clock clock;

    public ManageApiKeysService(ApiKeyRepository apiKeys, IdGenerator ids, SecretGenerator secrets, Clock clock) {
        this.apiKeys = apiKeys;
        this.ids = ids;
        this.secrets = secrets;
        this.clock = clock;
    }

    @Override
    public IssuedApiKey create(Caller caller, CreateApiKeyCommand command) {
        Instant now = clock.instant();
        if (command.expiresAt() != null && !command.expiresAt().isAfter(now)) {
            throw ValidationException.of("expires_at", "must be in the future");
        }
        String rawKey = secrets.newSecret(command.type().keyPrefix());
        ApiKey key = new ApiKey(new ApiKeyId(ids.newId("secret")), caller.scope().tenantId(),
                command.environmentScoped() ? Optional.of(caller.scope().environmentId()) : Optional.empty(),
                command.name(), command.type(), ApiKeyHash.of(rawKey), ApiKey.displayIdOf(rawKey),
                Status.PUBLISHED, command.expiresAt(), now, caller.actor());
        apiKeys.insert(key);
        return new IssuedApiKey(key, rawKey);
    }

    @Override
    public Page<ApiKey> list(Caller caller, Status status, PageRequest page) {
        return apiKeys.list(caller.scope(), status, page);
    }

    @Override
    public void delete(Caller caller, ApiKeyId id) {
        ApiKey key = apiKeys.findById(caller.scope().tenantId(), id)
                .filter(k -> k.status() != Status.DELETED)
                .filter(k -> k.environmentId().map(caller.scope().environmentId()::equals).orElse(true))
                .orElseThrow(() -> new NotFoundException(ErrorCode.API_KEY_NOT_FOUND, "API key " + id + " not found"));
        apiKeys.update(key.revoked());
    }
}
