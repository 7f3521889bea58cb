package io.flexprice.adapters.http.common;

import io.flexprice.ports.in.tenancy.Caller;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** The request's security context once its API key has been authenticated. */
public final class CallerSecurityContext implements SecurityContext {

    public static final String AUTHENTICATION_SCHEME = "API_KEY";

    private final CallerPrincipal principal;
    private final boolean secure;

    public CallerSecurityContext(Caller caller, boolean secure) {
        this.principal = new CallerPrincipal(caller);
        this.secure = secure;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        return false; // no roles yet: every valid key may use every endpoint of its environment
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return AUTHENTICATION_SCHEME;
    }

    /** The authenticated caller as a {@link Principal}; its name is the API key's id. */
    public record CallerPrincipal(Caller caller) implements Principal {

        @Override
        public String getName() {
            return caller.actor();
        }
    }
}
