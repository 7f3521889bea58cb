package io.flexprice.adapters.http.common;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Sets {@code X-Request-ID} on every response, errors included: the request's own when it sent a
 * sensible one (letters, digits, {@code . _ -}, at most 128 characters), else a fresh UUID.
 */
@Provider
public final class RequestIdFilter implements ContainerResponseFilter {

    public static final String HEADER = "X-Request-ID";

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{1,128}");

    @Inject
    public RequestIdFilter() {
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && ACCEPTED.matcher(given.trim()).matches() ? given.trim() : UUID.randomUUID().toString();
        response.getHeaders().putSingle(HEADER, id);
    }
}
