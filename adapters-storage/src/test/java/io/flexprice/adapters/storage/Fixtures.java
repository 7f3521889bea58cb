package io.flexprice.adapters.storage;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
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
import io.flexprice.domain.metering.ResetUsage;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.ApiKeyHash;
import io.flexprice.domain.tenancy.ApiKeyId;
import io.flexprice.domain.tenancy.ApiKeyType;
import io.flexprice.domain.tenancy.Environment;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.EnvironmentType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.Tenant;
import io.flexprice.domain.tenancy.TenantId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Small builders with sensible defaults for the storage contracts. Ids are random, so a contract never
 * meets the rows of another test, or of an earlier run against a database that is kept; times are fixed,
 * so no contract reads the clock.
 */
public final class Fixtures {

    /** The instant fixtures are created at unless a test says otherwise. */
    public static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");

    private Fixtures() {
    }

    /** A new id, unique across tests and runs: {@code prefix_} and a random UUID. */
    public static String uniqueId(String prefix) {
        return prefix + "_" + UUID.randomUUID();
    }

    /** A scope no other test uses. */
    public static Scope aScope() {
        return Scope.of(uniqueId("tenant"), uniqueId("env"));
    }

    public static Audit auditCreatedAt(Instant at) {
        return Audit.createdBy("test", at);
    }

    public static Tenant aTenant() {
        return new Tenant(new TenantId(uniqueId("tenant")), "Acme", Status.PUBLISHED, T0);
    }

    public static Environment anEnvironment(TenantId tenant, Instant createdAt) {
        return new Environment(new EnvironmentId(uniqueId("env")), tenant, "Production", EnvironmentType.PRODUCTION,
                Status.PUBLISHED, createdAt);
    }

    /** A live private key of {@code tenant}, bound to {@code environment} unless it is empty. */
    public static ApiKey anApiKey(TenantId tenant, Optional<EnvironmentId> environment, Instant createdAt) {
        return new ApiKey(new ApiKeyId(uniqueId("secret")), tenant, environment, "CI", ApiKeyType.PRIVATE_KEY,
                ApiKeyHash.of(uniqueId("sk")), "sk_****abcd", Status.PUBLISHED, null, createdAt, "test");
    }

    /** A published COUNT meter of {@code api_call} events. */
    public static Meter aMeter(Scope scope, Instant createdAt) {
        return new Meter(new MeterId(uniqueId("meter")), scope, "API calls", "api_call",
                Aggregation.of(AggregationType.COUNT, null), List.of(), ResetUsage.BILLING_PERIOD, Status.PUBLISHED,
                auditCreatedAt(createdAt));
    }

    public static CustomerBuilder aCustomer(Scope scope) {
        return new CustomerBuilder(scope);
    }

    public static FeatureBuilder aFeature(Scope scope) {
        return new FeatureBuilder(scope);
    }

    public static EventBuilder anEvent(Scope scope) {
        return new EventBuilder(scope);
    }

    /** A published customer with a random id and external id, created at {@link #T0}. */
    public static final class CustomerBuilder {

        private final Scope scope;
        private String id = uniqueId("cust");
        private String externalId = uniqueId("ext");
        private String email;
        private Status status = Status.PUBLISHED;
        private Instant createdAt = T0;

        private CustomerBuilder(Scope scope) {
            this.scope = scope;
        }

        public CustomerBuilder id(String value) {
            id = value;
            return this;
        }

        public CustomerBuilder externalId(String value) {
            externalId = value;
            return this;
        }

        public CustomerBuilder email(String value) {
            email = value;
            return this;
        }

        public CustomerBuilder status(Status value) {
            status = value;
            return this;
        }

        public CustomerBuilder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        public Customer build() {
            return new Customer(new CustomerId(id), scope, externalId, "Jane Doe", email, null, null, null,
                    Metadata.EMPTY, status, auditCreatedAt(createdAt));
        }
    }

    /** A published boolean feature with a random id and no lookup key, created at {@link #T0}. */
    public static final class FeatureBuilder {

        private final Scope scope;
        private String id = uniqueId("feat");
        private String name = "Single sign-on";
        private String lookupKey;
        private MeterId meterId;
        private Status status = Status.PUBLISHED;
        private Instant createdAt = T0;

        private FeatureBuilder(Scope scope) {
            this.scope = scope;
        }

        public FeatureBuilder id(String value) {
            id = value;
            return this;
        }

        public FeatureBuilder name(String value) {
            name = value;
            return this;
        }

        public FeatureBuilder lookupKey(String value) {
            lookupKey = value;
            return this;
        }

        /** Makes the feature metered by this meter. */
        public FeatureBuilder meter(MeterId value) {
            meterId = value;
            return this;
        }

        public FeatureBuilder status(Status value) {
            status = value;
            return this;
        }

        public FeatureBuilder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        public Feature build() {
            return new Feature(new FeatureId(id), scope, name, null, lookupKey,
                    meterId == null ? FeatureType.BOOLEAN : FeatureType.METERED, meterId, null, null, Metadata.EMPTY,
                    status, auditCreatedAt(createdAt));
        }
    }

    /** An {@code api_call} event of customer {@code cust_1} at {@link #T0}, with a random id and no properties. */
    public static final class EventBuilder {

        private final Scope scope;
        private String id = uniqueId("event");
        private String name = "api_call";
        private String customer = "cust_1";
        private Instant timestamp = T0;
        private String source;
        private final Map<String, Object> properties = new LinkedHashMap<>();
        private Instant ingestedAt = T0;

        private EventBuilder(Scope scope) {
            this.scope = scope;
        }

        public EventBuilder id(String value) {
            id = value;
            return this;
        }

        public EventBuilder name(String value) {
            name = value;
            return this;
        }

        /** The external customer id. */
        public EventBuilder customer(String value) {
            customer = value;
            return this;
        }

        public EventBuilder at(Instant value) {
            timestamp = value;
            return this;
        }

        public EventBuilder at(String isoInstant) {
            return at(Instant.parse(isoInstant));
        }

        public EventBuilder source(String value) {
            source = value;
            return this;
        }

        /** A property as a JSON parser gives it: numbers are {@link java.math.BigDecimal}. */
        public EventBuilder property(String key, Object value) {
            properties.put(key, value);
            return this;
        }

        public EventBuilder ingestedAt(Instant value) {
            ingestedAt = value;
            return this;
        }

        public Event build() {
            return new Event(scope, new EventId(id), name, customer, null, timestamp, source,
                    EventProperties.of(properties), ingestedAt);
        }
    }
}
