package io.flexprice.adapters.http.metering;

import io.flexprice.adapters.http.common.Callers;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.metering.EventId;
import io.flexprice.ports.in.metering.FindEventsQuery;
import io.flexprice.ports.in.metering.GetUsageQuery;
import io.flexprice.ports.in.metering.IngestEventsUseCase;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * FlexPrice's event endpoints under {@code /v1/events}: ingestion (202 once the pipeline holds the
 * events durably), raw event listing, and usage.
 */
@Path("/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public final class EventsResource {

    private final IngestEventsUseCase ingest;
    private final FindEventsQuery find;
    private final GetUsageQuery usage;

    @Inject
    public EventsResource(IngestEventsUseCase ingest, FindEventsQuery find, GetUsageQuery usage) {
        this.ingest = ingest;
        this.find = find;
        this.usage = usage;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = IngestEventResponse.class)))
    public Response ingest(@Context SecurityContext security, IngestEventRequest request) {
        EventId id = ingest.ingest(Callers.of(security), WireParser.requireBody(request).toInput());
        return Response.accepted(IngestEventResponse.accepted(id.value())).build();
    }

    @POST
    @Path("/bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "202",
            content = @Content(schema = @Schema(implementation = BulkIngestEventResponse.class)))
    public Response ingestBulk(@Context SecurityContext security, BulkIngestEventRequest request) {
        ingest.ingestBulk(Callers.of(security), WireParser.requireBody(request).toInputs());
        return Response.accepted(BulkIngestEventResponse.accepted()).build();
    }

    @GET
    public GetEventsResponse list(@Context SecurityContext security,
                                  @QueryParam("external_customer_id") String externalCustomerId,
                                  @QueryParam("event_name") String eventName,
                                  @QueryParam("event_id") String eventId,
                                  @QueryParam("source") String source,
                                  @QueryParam("start_time") String startTime,
                                  @QueryParam("end_time") String endTime,
                                  @QueryParam("page_size") String pageSize,
                                  @QueryParam("offset") String offset,
                                  @QueryParam("order") String order) {
        return page(security, GetEventsRequest.fromQuery(externalCustomerId, eventName, eventId, source, startTime,
                endTime, pageSize, offset, order));
    }

    @POST
    @Path("/query")
    @Consumes(MediaType.APPLICATION_JSON)
    public GetEventsResponse query(@Context SecurityContext security, GetEventsRequest request) {
        return page(security, (request == null ? GetEventsRequest.ALL : request).toQuery());
    }

    private GetEventsResponse page(SecurityContext security, GetEventsRequest.Query query) {
        return GetEventsResponse.from(find.search(Callers.of(security), query.filter(), query.page()));
    }

    @GET
    @Path("/{id}")
    public GetEventByIdResponse get(@Context SecurityContext security, @PathParam("id") String id) {
        return GetEventByIdResponse.from(find.get(Callers.of(security), EventId.of(id)));
    }

    @POST
    @Path("/usage")
    @Consumes(MediaType.APPLICATION_JSON)
    public UsageResponse usage(@Context SecurityContext security, GetUsageRequest request) {
        return UsageResponse.from(usage.usage(Callers.of(security), WireParser.requireBody(request).toRequest()));
    }

    @POST
    @Path("/usage/meter")
    @Consumes(MediaType.APPLICATION_JSON)
    public UsageResponse usageByMeter(@Context SecurityContext security, GetUsageByMeterRequest request) {
        return UsageResponse.from(usage.usageByMeter(Callers.of(security),
                WireParser.requireBody(request).toRequest()));
    }
}
