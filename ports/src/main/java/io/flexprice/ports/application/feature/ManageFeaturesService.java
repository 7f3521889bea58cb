package io.flexprice.ports.application.feature;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.ports.in.feature.CreateFeatureCommand;
import io.flexprice.ports.in.feature.ManageFeaturesUseCase;
import io.flexprice.ports.in.feature.MeterSpec;
import io.flexprice.ports.in.feature.UpdateFeatureCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.feature.FeatureFilter;
import io.flexprice.ports.out.feature.FeatureRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

public final class ManageFeaturesService implements ManageFeaturesUseCase {

    private final FeatureRepository features;
    private final MeterRepository meters;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManageFeaturesService(FeatureRepository features, MeterRepository meters, Transactions transactions,
                                 IdGenerator ids, Clock clock) {
        this.features = features;
        this.meters = meters;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public FeatureView create(Caller caller, CreateFeatureCommand c) {
        boolean metered = c.type() == FeatureType.METERED;
        new Violations()
                .require(c.type() != null, "type", "is required")
                .require(metered || c.type() == null || (c.meter() == null && c.meterId() == null), "meter",
                        "only metered features have a meter")
                .require(c.meter() == null || c.meterId() == null, "meter", "give either meter or meter_id, not both")
                .throwIfAny();
        Audit audit = Audit.createdBy(caller.actor(), clock.instant());
        return transactions.inTransaction(() -> {
            Violations invalid = new Violations();
            Meter meter = null;
            MeterId meterId = null;
            if (metered && c.meter() != null) {
                MeterSpec spec = c.meter();
                MeterId id = new MeterId(ids.newId("meter"));
                // an unnamed meter takes the feature's name; if that is missing too, only "name" says so
                String name = spec.name() == null || spec.name().isBlank()
                        ? (c.name() == null || c.name().isBlank() ? "-" : c.name()) : spec.name();
                meter = invalid.collect(() -> new Meter(id, caller.scope(), name, spec.eventName(),
                        spec.aggregation(), spec.filters(), spec.resetUsage(), Status.PUBLISHED, audit));
                meterId = id;
            } else if (metered && c.meterId() != null) {
                meter = FindFeaturesService.liveMeter(meters, caller.scope(), new MeterId(c.meterId()));
                meterId = meter.id();
            }
            MeterId featureMeter = meterId;
            Feature feature = invalid.collect(() -> new Feature(new FeatureId(ids.newId("feat")), caller.scope(),
                    c.name(), c.description(), c.lookupKey(), c.type(), featureMeter, c.unitSingular(),
                    c.unitPlural(), Metadata.of(c.metadata()), Status.PUBLISHED, audit));
            invalid.throwIfAny();
            if (c.meter() != null) {
                meters.insert(meter);
            }
            features.insert(feature);
            return new FeatureView(feature, meter);
        });
    }

    @Override
    public FeatureView update(Caller caller, FeatureId id, UpdateFeatureCommand c) {
        return transactions.inTransaction(() -> {
            Feature current = FindFeaturesService.liveFeature(features, caller.scope(), id);
            Instant now = clock.instant();
            Feature updated = current.withDetails(or(c.name(), current.name()), or(c.description(), current.description()),
                    or(c.unitSingular(), current.unitSingular()), or(c.unitPlural(), current.unitPlural()),
                    c.metadata() == null ? current.metadata() : Metadata.of(c.metadata()),
                    current.audit().updatedBy(caller.actor(), now));
            Meter meter = current.meterId() == null ? null
                    : meters.findById(caller.scope(), current.meterId()).orElse(null);
            if (c.filters() != null) {
                if (meter == null) {
                    throw ValidationException.of("filters", "only a metered feature's meter has filters");
                }
                meter = meter.withFilters(c.filters(), meter.audit().updatedBy(caller.actor(), now));
                meters.update(meter);
            }
            features.update(updated);
            return new FeatureView(updated, meter);
        });
    }

    @Override
    public void delete(Caller caller, FeatureId id) {
        transactions.inTransaction(() -> {
            Feature current = FindFeaturesService.liveFeature(features, caller.scope(), id);
            Instant now = clock.instant();
            features.update(current.deleted(current.audit().updatedBy(caller.actor(), now)));
            if (current.meterId() != null && !usedByALiveFeature(caller, current.meterId())) {
                meters.findById(caller.scope(), current.meterId())
                        .filter(m -> m.status() == Status.PUBLISHED)
                        .ifPresent(m -> meters.update(m.withStatus(Status.ARCHIVED,
                                m.audit().updatedBy(caller.actor(), now))));
            }
        });
    }

    /** Another feature may have been created on the same meter (with meter_id): it keeps the meter. */
    private boolean usedByALiveFeature(Caller caller, MeterId meterId) {
        FeatureFilter users = new FeatureFilter(List.of(), List.of(), List.of(meterId.value()), null, null);
        return features.search(caller.scope(), users, PageRequest.first(1)).total() > 0;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    static NotFoundException featureNotFound(FeatureId id) {
        return new NotFoundException(ErrorCode.FEATURE_NOT_FOUND, "feature " + id + " not found");
    }
}
