package io.flexprice.ports.testing;

import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.tenancy.Scope;
import java.util.Map;

/** Test fixture: a stored feature; boolean unless given a meter with {@link #meteredBy}. */
public final class Features {

    private String id = "feat_stored_1";
    private Scope scope = Fixtures.SCOPE;
    private String name = "SSO";
    private String lookupKey = "sso";
    private FeatureType type = FeatureType.BOOLEAN;
    private MeterId meterId;
    private Status status = Status.PUBLISHED;

    private Features() {
    }

    public static Features aFeature() {
        return new Features();
    }

    public Features id(String value) {
        this.id = value;
        return this;
    }

    public Features in(Scope value) {
        this.scope = value;
        return this;
    }

    public Features name(String value) {
        this.name = value;
        return this;
    }

    public Features lookupKey(String value) {
        this.lookupKey = value;
        return this;
    }

    public Features meteredBy(MeterId value) {
        this.type = FeatureType.METERED;
        this.meterId = value;
        return this;
    }

    public Features status(Status value) {
        this.status = value;
        return this;
    }

    public Feature build() {
        return new Feature(FeatureId.of(id), scope, name, "what it is", lookupKey, type, meterId, "unit", "units",
                Metadata.of(Map.of("team", "core")), status, Fixtures.EARLIER);
    }
}
