package io.flexprice.adapters.http.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.flexprice.adapters.http.JsonConfig;
import io.flexprice.adapters.http.common.ApiKeyAuthFilter;
import io.flexprice.adapters.http.common.ErrorMapper;
import io.flexprice.adapters.http.common.IdempotencyKeyFilter;
import io.flexprice.adapters.http.common.RequestIdFilter;
import io.flexprice.ports.application.idempotency.ReplayIdempotentRequestsService;
import io.flexprice.ports.out.idempotency.IdempotencyKeyRepository;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** A Jersey in-memory server with the given resources and this module's providers, as bootstrap registers them. */
public final class TestApi {

    private static final ObjectMapper READER = new ObjectMapper();

    private TestApi() {
    }

    public static ResourceExtension extension(Object... resources) {
        return extension(new FakeIdempotencyKeys(), Clock.systemUTC(), resources);
    }

    /** The same, with idempotency keys kept in {@code keys} and expiring by {@code clock}. */
    public static ResourceExtension extension(IdempotencyKeyRepository keys, Clock clock, Object... resources) {
        ResourceExtension.Builder builder = ResourceExtension.builder()
                .setMapper(JsonConfig.configure(Jackson.newObjectMapper()))
                .setRegisterDefaultExceptionMappers(false)
                .addProvider(new ApiKeyAuthFilter(new FakeAuthenticate()))
                .addProvider(new IdempotencyKeyFilter(new ReplayIdempotentRequestsService(keys, clock)))
                .addProvider(new RequestIdFilter())
                .addProvider(new ErrorMapper());
        for (Object resource : resources) {
            builder.addResource(resource);
        }
        return builder.build();
    }

    /** A request to {@code path} carrying the test API key. */
    public static Invocation.Builder authorized(ResourceExtension api, String path) {
        return authorized(api.target(path));
    }

    /** A request to {@code target} (with its query parameters) carrying the test API key. */
    public static Invocation.Builder authorized(WebTarget target) {
        return target.request().header(ApiKeyAuthFilter.API_KEY_HEADER, Fixtures.API_KEY);
    }

    /** The response body as a JSON tree, read without any of this module's configuration. */
    public static JsonNode json(Response response) {
        try {
            return READER.readTree(response.readEntity(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
