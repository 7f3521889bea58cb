package io.flexprice.ports.testing;

import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.metering.ResetUsage;
import io.flexprice.ports.in.feature.CreateFeatureCommand;
import io.flexprice.ports.in.feature.MeterSpec;
import java.util.List;
import java.util.Map;

/**
 * Test fixture: {@code aMeteredFeature()} describes its meter inline ({@link #aMeterSpec()});
 * {@code aBooleanFeature()} has no meter.
 */
public final class FeatureCommands {

    private String name;
    private String lookupKey;
    private FeatureType type;
    private String meterId;
    private MeterSpec meter;

    private FeatureCommands() {
    }

    public static FeatureCommands aMeteredFeature() {
        FeatureCommands c = new FeatureCommands();
        c.name = "API calls";
        c.lookupKey = "api_calls";
        c.type = FeatureType.METERED;
        c.meter = aMeterSpec();
        return c;
    }

    public static FeatureCommands aBooleanFeature() {
        FeatureCommands c = new FeatureCommands();
        c.name = "SSO";
        c.lookupKey = "sso";
        c.type = FeatureType.BOOLEAN;
        return c;
    }

    /** Counts {@code api_call} events from region eu, named "API call meter". */
    public static MeterSpec aMeterSpec() {
        return meterSpecNamed("API call meter");
    }

    public static MeterSpec meterSpecNamed(String name) {
        return new MeterSpec(name, "api_call", Aggregation.of(AggregationType.COUNT, null),
                List.of(new PropertyFilter("region", List.of("eu"))), ResetUsage.NEVER);
    }

    public FeatureCommands name(String value) {
        this.name = value;
        return this;
    }

    public FeatureCommands lookupKey(String value) {
        this.lookupKey = value;
        return this;
    }

    public FeatureCommands type(FeatureType value) {
        this.type = value;
        return this;
    }

    public FeatureCommands meterId(String value) {
        this.meterId = value;
        return this;
    }

    public FeatureCommands meter(MeterSpec value) {
        this.meter = value;
        return this;
    }

    public CreateFeatureCommand build() {
        return new CreateFeatureCommand(name, "what it is", lookupKey, type, meterId, meter, "call", "calls",
                Map.of("team", "core"));
    }
}
