package io.flexprice.adapters.http.common;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.UnauthenticatedException;
import io.flexprice.ports.in.tenancy.Caller;
import jakarta.ws.rs.core.SecurityContext;

/** How a resource gets the caller that {@link ApiKeyAuthFilter} authenticated. */
public final class Callers {

    private Callers() {
    }

    public static Caller of(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof CallerSecurityContext.CallerPrincipal p) {
            return p.caller();
        }
        // only reachable if the filter was not registered: fail closed
        throw new UnauthenticatedException(ErrorCode.UNAUTHENTICATED, "missing API key: send it in the x-api-key header");
    }
}
