package io.flexprice.domain.metering;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: a usage query over January 2024 (UTC), every customer, no filters, no windows, unless
 * told otherwise.
 */
public final class UsageQueries {

    private String eventName = Events.EVENT_NAME;
    private final Aggregation aggregation;
    private final List<PropertyFilter> filters = new ArrayList<>();
    private String externalCustomerId;
    private Instant start = Instant.parse("2024-01-01T00:00:00Z");
    private Instant end = Instant.parse("2024-02-01T00:00:00Z");
    private WindowSize windowSize;
    private ZoneId zone = ZoneOffset.UTC;
    private Instant billingAnchor;

    private UsageQueries(Aggregation aggregation) {
        this.aggregation = aggregation;
    }

    public static UsageQueries aQuery(Aggregation aggregation) {
        return new UsageQueries(aggregation);
    }

    public static UsageQueries aQuery(AggregationType type, String field) {
        return new UsageQueries(Aggregation.of(type, field));
    }

    public UsageQueries eventName(String value) {
        this.eventName = value;
        return this;
    }

    public UsageQueries filter(String key, String... values) {
        filters.add(new PropertyFilter(key, List.of(values)));
        return this;
    }

    public UsageQueries forCustomer(String value) {
        this.externalCustomerId = value;
        return this;
    }

    public UsageQueries from(String isoInstant) {
        this.start = isoInstant == null ? null : Instant.parse(isoInstant);
        return this;
    }

    public UsageQueries until(String isoInstant) {
        this.end = Instant.parse(isoInstant);
        return this;
    }

    public UsageQueries windows(WindowSize value) {
        this.windowSize = value;
        return this;
    }

    public UsageQueries zone(String zoneId) {
        this.zone = ZoneId.of(zoneId);
        return this;
    }

    public UsageQueries anchor(String isoInstant) {
        this.billingAnchor = Instant.parse(isoInstant);
        return this;
    }

    public UsageQuery build() {
        return new UsageQuery(eventName, aggregation, filters, externalCustomerId, start, end, windowSize, zone,
                billingAnchor);
    }
}
