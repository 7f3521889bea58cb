package io.flexprice.adapters.http.common;

import io.flexprice.ports.in.tenancy.AuthenticateUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Authenticates every request but the public ones ({@code /health}, the OpenAPI document) by its
 * {@code x-api-key} header and optional {@code X-Environment-ID} header, and installs the {@link Caller} as
 * the request's principal. A failure is a domain error (401, 403 or 400) that the error mapper writes.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public final class ApiKeyAuthFilter implements ContainerRequestFilter {

    public static final String API_KEY_HEADER = "x-api-key";
    public static final String ENVIRONMENT_HEADER = "X-Environment-ID";

    private static final Set<String> PUBLIC_PATHS = Set.of("health", "v1/openapi.json", "v1/openapi.yaml");

    private final AuthenticateUseCase authenticate;

    @Inject
    public ApiKeyAuthFilter(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic(request.getUriInfo().getPath())) {
            return;
        }
        Caller caller = authenticate.authenticate(request.getHeaderString(API_KEY_HEADER),
                request.getHeaderString(ENVIRONMENT_HEADER));
        SecurityContext original = request.getSecurityContext();
        request.setSecurityContext(new CallerSecurityContext(caller, original != null && original.isSecure()));
    }

    public static boolean isPublic(String path) {
        String normalised = path == null ? "" : path;
        while (normalised.startsWith("/")) {
            normalised = normalised.substring(1);
        }
        while (normalised.endsWith("/")) {
            normalised = normalised.substring(0, normalised.length() - 1);
        }
        return PUBLIC_PATHS.contains(normalised);
    }
}
