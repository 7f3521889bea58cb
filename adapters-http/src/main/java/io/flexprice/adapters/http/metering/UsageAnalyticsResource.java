package io.flexprice.adapters.http.metering;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.metering.UsageAnalyticsQuery;
import io.flexprice.ports.in.metering.UsageAnalyticsRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** FlexPrice's {@code POST /v1/events/analytics}: a customer's usage and its charge per feature and window. */
@Path("/v1/events/analytics")
@Produces(MediaType.APPLICATION_JSON)
public final class UsageAnalyticsResource {

    private final UsageAnalyticsQuery analytics;

    @Inject
    public UsageAnalyticsResource(UsageAnalyticsQuery analytics) {
        this.analytics = analytics;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public UsageAnalyticsResponse analyse(@Context SecurityContext security, UsageAnalyticsRequestBody body) {
        UsageAnalyticsRequest request = WireParser.requireBody(body).toRequest();
        return UsageAnalyticsResponse.from(analytics.analyse(Callers.of(security), request),
                request.windowSize() == null ? null : request.windowSize().wireValue());
    }
}
