package io.flexprice.ports.application.tenancy;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ForbiddenException;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.UnauthenticatedException;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.ApiKeyHash;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.tenancy.AuthenticateUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.tenancy.ApiKeyRepository;
import io.flexprice.ports.out.tenancy.EnvironmentRepository;
import java.time.Clock;

public final class AuthenticateService implements AuthenticateUseCase {

    private final ApiKeyRepository apiKeys;
    private final EnvironmentRepository environments;
    private final Clock clock;

    public AuthenticateService(ApiKeyRepository apiKeys, EnvironmentRepository environments, Clock clock) {
        this.apiKeys = apiKeys;
        this.environments = environments;
        this.clock = clock;
    }

    @Override
    public Caller authenticate(String rawApiKey, String requestedEnvironmentId) {
        if (rawApiKey == null || rawApiKey.isBlank()) {
            throw new UnauthenticatedException(ErrorCode.UNAUTHENTICATED,
                    "missing API key: send it in the x-api-key header");
        }
        ApiKey key = apiKeys.findByHashAcrossTenants(ApiKeyHash.of(rawApiKey.trim()))
                .filter(k -> k.isUsableAt(clock.instant()))
                .orElseThrow(() -> new UnauthenticatedException(ErrorCode.UNAUTHENTICATED,
                        "invalid, revoked or expired API key"));
        String requested = requestedEnvironmentId == null || requestedEnvironmentId.isBlank()
                ? null : requestedEnvironmentId.trim();
        EnvironmentId environment;
        if (key.environmentId().isPresent()) {
            environment = key.environmentId().get();
            if (requested != null && !requested.equals(environment.value())) {
                throw new ForbiddenException(ErrorCode.ENVIRONMENT_FORBIDDEN,
                        "this API key is bound to another environment than X-Environment-ID " + requested);
            }
        } else {
            if (requested == null) {
                throw new ValidationException(ErrorCode.ENVIRONMENT_REQUIRED, "X-Environment-ID",
                        "is required for API keys that are not bound to an environment");
            }
            environment = new EnvironmentId(requested);
            if (environments.findById(key.tenantId(), environment).filter(e -> e.status() == Status.PUBLISHED)
                    .isEmpty()) {
                throw new ForbiddenException(ErrorCode.ENVIRONMENT_FORBIDDEN,
                        "X-Environment-ID " + requested + " is not an environment of this API key's tenant");
            }
        }
        return new Caller(new Scope(key.tenantId(), environment), key.id().value());
    }
}
