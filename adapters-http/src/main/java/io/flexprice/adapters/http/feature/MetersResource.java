package io.flexprice.adapters.http.feature;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.ListResponse;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.ports.in.feature.FindFeaturesQuery;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Read access to meters ({@code /v1/meters}); meters are created with their metered feature. */
@Path("/v1/meters")
@Produces(MediaType.APPLICATION_JSON)
public final class MetersResource {

    private final FindFeaturesQuery find;

    @Inject
    public MetersResource(FindFeaturesQuery find) {
        this.find = find;
    }

    @GET
    public ListResponse<MeterResponse> list(@Context SecurityContext security, @QueryParam("limit") String limit,
                                            @QueryParam("offset") String offset,
                                            @QueryParam("order") String order) {
        WireParser wire = new WireParser();
        PageRequest page = wire.page(limit, offset, order);
        wire.throwIfInvalid();
        return ListResponse.from(find.listMeters(Callers.of(security), page), MeterResponse::from);
    }

    @GET
    @Path("/{id}")
    public MeterResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return MeterResponse.from(find.getMeter(Callers.of(security), MeterId.of(id)));
    }
}
