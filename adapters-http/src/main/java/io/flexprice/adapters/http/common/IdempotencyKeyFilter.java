package io.flexprice.adapters.http.common;

import io.flexprice.ports.in.idempotency.IdempotentRequest;
import io.flexprice.ports.in.idempotency.ReplayIdempotentRequestsUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.idempotency.IdempotencyKey;
import io.flexprice.ports.out.idempotency.StoredResponse;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Idempotent retries of POST, PUT and DELETE requests that carry an {@code Idempotency-Key} header
 * ({@link ReplayIdempotentRequestsUseCase} decides). Runs after authentication, since keys are per caller
 * scope. A request without the header, or with another method, passes untouched.
 *
 * <p>The request body is read (and handed on to the resource) to fingerprint the request. A replayed
 * response carries {@code Idempotent-Replayed: true}. The response of a request that ran, error responses
 * included, is captured while it is serialised, kept, and only then sent, so that a client that missed it
 * gets it on its retry. If keeping it fails the key stays in flight until it expires: the request may
 * have had its effect, so running it again would be unsafe.
 */
@Provider
@Priority(Priorities.USER)
public final class IdempotencyKeyFilter implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    public static final String KEY_HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Set<String> METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE);
    /** Request property: the key a request runs under, from the request filter to the response filter. */
    private static final String CLAIM = IdempotencyKeyFilter.class.getName() + ".claim";
    /** Request property: a claim and its response status, from the response filter to the writer. */
    private static final String ANSWER = IdempotencyKeyFilter.class.getName() + ".answer";

    private final ReplayIdempotentRequestsUseCase replays;

    @Inject
    public IdempotencyKeyFilter(ReplayIdempotentRequestsUseCase replays) {
        this.replays = replays;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String header = request.getHeaderString(KEY_HEADER);
        if (header == null || !METHODS.contains(request.getMethod())) {
            return;
        }
        IdempotencyKey key = new IdempotencyKey(header.trim());
        Caller caller = Callers.of(request.getSecurityContext());
        byte[] body = new byte[0];
        if (request.hasEntity()) {
            body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
        }
        URI uri = request.getUriInfo().getRequestUri();
        String target = uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        Optional<StoredResponse> stored = replays.begin(caller, IdempotentRequest.of(key, request.getMethod(), target, body));
        if (stored.isPresent()) {
            request.abortWith(replay(stored.get()));
        } else {
            request.setProperty(CLAIM, new Claim(caller, key));
        }
    }

    /** A response without a body is kept here; one with a body once the writer has serialised it. */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        if (response.hasEntity()) {
            request.setProperty(ANSWER, new Answer(claim, response.getStatus()));
        } else {
            replays.finish(claim.caller(), claim.key(),
                    new StoredResponse(response.getStatus(), contentType(response.getMediaType()), new byte[0]));
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(ANSWER) instanceof Answer answer)) {
            context.proceed();
            return;
        }
        context.removeProperty(ANSWER);
        Claim claim = answer.claim();
        OutputStream client = context.getOutputStream();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        context.setOutputStream(body);
        try {
            context.proceed();
        } catch (IOException | RuntimeException failure) {
            try {
                replays.abandon(claim.caller(), claim.key());
            } catch (RuntimeException alsoFailed) {
                failure.addSuppressed(alsoFailed);
            }
            throw failure;
        } finally {
            context.setOutputStream(client);
        }
        replays.finish(claim.caller(), claim.key(),
                new StoredResponse(answer.status(), contentType(context.getMediaType()), body.toByteArray()));
        body.writeTo(client);
    }

    private static Response replay(StoredResponse stored) {
        byte[] body = stored.body();
        return Response.status(stored.status())
                .type(stored.contentType())
                .entity(body.length == 0 ? null : body)
                .header(REPLAYED_HEADER, "true")
                .build();
    }

    private static String contentType(MediaType type) {
        return type == null ? null : type.toString();
    }

    private record Claim(Caller caller, IdempotencyKey key) {
    }

    private record Answer(Claim claim, int status) {
    }
}
