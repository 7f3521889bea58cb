package io.flexprice.sdk.events;

import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Usage events and usage: {@code /v1/events}. Get it from {@code FlexpriceClient.events()}.
 *
 * <p>Every event is given its id (and timestamp) before the first attempt, so a retried ingest, by this
 * SDK or by you with the same event, is absorbed by the server and never counts twice. For a steady
 * stream of events use {@link #batcher()}.
 */
public final class EventsService {

    /** The most events one bulk request may carry. */
    public static final int MAX_BULK_SIZE = 1000;

    private final ApiClient api;

    public EventsService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** Sends one event ({@code POST /v1/events}); accepted (202) means stored. */
    public IngestEventResult ingest(IngestEventParams event) {
        return ingest(event, RequestOptions.NONE);
    }

    public IngestEventResult ingest(IngestEventParams event, RequestOptions options) {
        IngestEventParams stamped = Objects.requireNonNull(event, "event").withDefaults(api.ids(), api.clock());
        IngestEventResult result = api.send(ApiRequest.post("/events", stamped), IngestEventResult.class, options);
        if (result == null || result.eventId() == null) {
            return new IngestEventResult(result == null ? null : result.message(), stamped.eventId());
        }
        return result;
    }

    /** Sends 1 to {@value #MAX_BULK_SIZE} events in one request ({@code POST /v1/events/bulk}), all or none. */
    public BulkIngestResult ingestBulk(List<IngestEventParams> events) {
        return ingestBulk(events, RequestOptions.NONE);
    }

    public BulkIngestResult ingestBulk(List<IngestEventParams> events, RequestOptions options) {
        if (events == null || events.isEmpty() || events.size() > MAX_BULK_SIZE) {
            throw new IllegalArgumentException("a bulk ingest carries 1 to " + MAX_BULK_SIZE + " events");
        }
        List<IngestEventParams> stamped = new ArrayList<>(events.size());
        for (IngestEventParams event : events) {
            stamped.add(Objects.requireNonNull(event, "event").withDefaults(api.ids(), api.clock()));
        }
        BulkIngestResult result = api.send(ApiRequest.post("/events/bulk", new BulkIngest(stamped)),
                BulkIngestResult.class, options);
        if (result == null || result.eventIds() == null) {
            return new BulkIngestResult(result == null ? null : result.message(),
                    stamped.stream().map(IngestEventParams::eventId).toList());
        }
        return result;
    }

    /** The first page of the stored events matching {@code params} ({@code POST /v1/events/query}). */
    public Page<Event> list(EventListParams params) {
        Objects.requireNonNull(params, "params");
        EventsPageEnvelope envelope = api.send(ApiRequest.postQuery("/events/query", params),
                EventsPageEnvelope.class, RequestOptions.NONE);
        List<Event> events = envelope.events() == null ? List.of() : envelope.events();
        int offset = envelope.offset() == null ? 0 : envelope.offset();
        long total = envelope.totalCount() == null ? offset + events.size() : envelope.totalCount();
        boolean hasMore = envelope.hasMore() != null ? envelope.hasMore() : offset + (long) events.size() < total;
        int limit = params.pageSize() == null ? events.size() : params.pageSize();
        return new Page<>(events, offset, limit, total, hasMore, next -> list(params.withOffset(next)));
    }

    public Page<Event> list() {
        return list(EventListParams.builder().build());
    }

    public EventDetail get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/events/{}", id)), EventDetail.class, RequestOptions.NONE);
    }

    /** An ad hoc aggregation of events ({@code POST /v1/events/usage}). */
    public Usage usage(UsageParams params) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.postQuery("/events/usage", params), Usage.class, RequestOptions.NONE);
    }

    /** A meter's usage ({@code POST /v1/events/usage/meter}). */
    public Usage usageByMeter(UsageByMeterParams params) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.postQuery("/events/usage/meter", params), Usage.class, RequestOptions.NONE);
    }

    /** One customer's usage per feature and what its subscriptions charge for it ({@code POST /v1/events/analytics}). */
    public UsageAnalytics analytics(UsageAnalyticsParams params) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.postQuery("/events/analytics", params), UsageAnalytics.class, RequestOptions.NONE);
    }

    /** A new batching ingester with the default options; close it when done. */
    public EventBatcher batcher() {
        return batcher(BatcherOptions.builder().build());
    }

    /** A new batching ingester; close it when done. */
    public EventBatcher batcher(BatcherOptions options) {
        return new EventBatcher(this, options, api.ids(), api.clock());
    }

    /** FlexPrice's {@code dto.BulkIngestEventRequest}. */
    record BulkIngest(List<IngestEventParams> events) {
    }
}
