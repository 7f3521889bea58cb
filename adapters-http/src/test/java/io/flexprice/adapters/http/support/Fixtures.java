package io.flexprice.adapters.http.support;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.Address;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.metering.EventProperties;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.metering.ResetUsage;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.tenancy.Caller;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Small domain objects with sensible defaults. */
public final class Fixtures {

    public static final String API_KEY = "sk_test_key";
    public static final Scope SCOPE = Scope.of("tenant_test", "env_test");
    public static final Caller CALLER = new Caller(SCOPE, "secret_test");
    public static final Instant CREATED = Instant.parse("2024-05-01T12:00:00Z");
    public static final Instant UPDATED = Instant.parse("2024-05-02T08:30:00.250Z");

    private Fixtures() {
    }

    public static Audit audit() {
        return new Audit(CREATED, "secret_test", UPDATED, "secret_test");
    }

    public static Customer aCustomer(String id, String externalId) {
        return new Customer(CustomerId.of(id), SCOPE, externalId, "Acme", "billing@acme.test",
                new Address("1 Main St", null, "Berlin", null, "10115", "DE"), ZoneId.of("Europe/Berlin"), null,
                Metadata.of(Map.of("plan", "gold")), Status.PUBLISHED, audit());
    }

    public static Meter aMeter(String id) {
        return new Meter(MeterId.of(id), SCOPE, "API calls", "api_call",
                new Aggregation(AggregationType.SUM_WITH_MULTIPLIER, "tokens", new BigDecimal("0.001"), null, null),
                List.of(new PropertyFilter("region", List.of("eu", "us"))), ResetUsage.BILLING_PERIOD,
                Status.PUBLISHED, audit());
    }

    public static Feature aMeteredFeature(String id, String meterId) {
        return new Feature(FeatureId.of(id), SCOPE, "API calls", "Calls to the API", "api_calls",
                FeatureType.METERED, MeterId.of(meterId), "call", "calls", Metadata.EMPTY, Status.PUBLISHED, audit());
    }

    public static Event anEvent(String id, Map<String, Object> properties) {
        return new Event(SCOPE, EventId.of(id), "api_call", "ext_1", null, CREATED, "sdk",
                EventProperties.of(properties), UPDATED);
    }
}
