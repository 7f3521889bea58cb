package io.flexprice.adapters.http.common;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /health}, FlexPrice's liveness endpoint, without authentication: runs every registered
 * health check and answers 200 {@code "ok"} or 503 {@code "unhealthy"}. Check failures show their
 * message, never a stack trace.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    private final HealthCheckRegistry healthChecks;

    @Inject
    public HealthResource(HealthCheckRegistry healthChecks) {
        this.healthChecks = healthChecks;
    }

    @GET
    public Response health() {
        Map<String, CheckResponse> checks = new LinkedHashMap<>();
        boolean healthy = true;
        for (Map.Entry<String, HealthCheck.Result> check : healthChecks.runHealthChecks().entrySet()) {
            HealthCheck.Result result = check.getValue();
            healthy &= result.isHealthy();
            checks.put(check.getKey(), CheckResponse.from(result));
        }
        return Response.status(healthy ? 200 : 503)
                .entity(new HealthResponse(healthy ? "ok" : "unhealthy", checks))
                .build();
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record HealthResponse(String status, Map<String, CheckResponse> checks) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record CheckResponse(boolean healthy, String message, Long durationMs) {

        static CheckResponse from(HealthCheck.Result result) {
            String message = result.getMessage();
            if (message == null && result.getError() != null) {
                message = result.getError().getClass().getSimpleName()
                        + (result.getError().getMessage() == null ? "" : ": " + result.getError().getMessage());
            }
            return new CheckResponse(result.isHealthy(), message, result.getDuration());
        }
    }
}
