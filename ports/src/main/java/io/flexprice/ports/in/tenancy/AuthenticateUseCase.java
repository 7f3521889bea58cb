package io.flexprice.ports.in.tenancy;

/** Turns the API key of a request (and its optional environment header) into a {@link Caller}. */
public interface AuthenticateUseCase {

    /**
     * @param rawApiKey the {@code x-api-key} header; may be null
     * @param requestedEnvironmentId the {@code X-Environment-ID} header; may be null
     * @throws io.flexprice.domain.common.UnauthenticatedException if the key is missing, unknown,
     *     revoked or expired
     * @throws io.flexprice.domain.common.ForbiddenException if the key may not act in the requested
     *     environment
     * @throws io.flexprice.domain.common.ValidationException if the key is not bound to an environment
     *     and none was requested
     */
    Caller authenticate(String rawApiKey, String requestedEnvironmentId);
}
