package io.flexprice.adapters.http.support;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ForbiddenException;
import io.flexprice.domain.common.UnauthenticatedException;
import io.flexprice.ports.in.tenancy.AuthenticateUseCase;
import io.flexprice.ports.in.tenancy.Caller;

/** Knows one key, {@link Fixtures#API_KEY}, bound to {@link Fixtures#SCOPE}. */
public final class FakeAuthenticate implements AuthenticateUseCase {

    @Override
    public Caller authenticate(String rawApiKey, String requestedEnvironmentId) {
        if (rawApiKey == null || rawApiKey.isBlank()) {
            throw new UnauthenticatedException(ErrorCode.UNAUTHENTICATED, "missing API key: send it in the x-api-key header");
        }
        if (!rawApiKey.equals(Fixtures.API_KEY)) {
            throw new UnauthenticatedException(ErrorCode.UNAUTHENTICATED, "invalid, revoked or expired API key");
        }
        if (requestedEnvironmentId != null && !requestedEnvironmentId.equals(Fixtures.SCOPE.environmentId().value())) {
            throw new ForbiddenException(ErrorCode.ENVIRONMENT_FORBIDDEN,
                    "this API key is bound to another environment than X-Environment-ID " + requestedEnvironmentId);
        }
        return Fixtures.CALLER;
    }
}
