package io.flexprice.ports.application.feature;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.feature.FindFeaturesQuery;
import io.flexprice.ports.in.feature.ManageFeaturesUseCase.FeatureView;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.feature.FeatureFilter;
import io.flexprice.ports.out.feature.FeatureRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import java.util.List;

public final class FindFeaturesService implements FindFeaturesQuery {

    private final FeatureRepository features;
    private final MeterRepository meters;

    public FindFeaturesService(FeatureRepository features, MeterRepository meters) {
        this.features = features;
        this.meters = meters;
    }

    @Override
    public FeatureView get(Caller caller, FeatureId id) {
        return view(caller.scope(), liveFeature(features, caller.scope(), id));
    }

    @Override
    public Page<FeatureView> search(Caller caller, FeatureFilter filter, PageRequest page) {
        Page<Feature> found = features.search(caller.scope(), filter, page);
        List<FeatureView> views = found.items().stream().map(f -> view(caller.scope(), f)).toList();
        return new Page<>(views, found.total(), found.limit(), found.offset());
    }

    @Override
    public Meter getMeter(Caller caller, MeterId id) {
        return meters.findById(caller.scope(), id).filter(m -> m.status() != Status.DELETED)
                .orElseThrow(() -> meterNotFound(id));
    }

    @Override
    public Page<Meter> listMeters(Caller caller, PageRequest page) {
        return meters.list(caller.scope(), page);
    }

    private FeatureView view(Scope scope, Feature feature) {
        Meter meter = feature.meterId() == null ? null : meters.findById(scope, feature.meterId()).orElse(null);
        return new FeatureView(feature, meter);
    }

    static Feature liveFeature(FeatureRepository features, Scope scope, FeatureId id) {
        return features.findById(scope, id).filter(Feature::isLive)
                .orElseThrow(() -> ManageFeaturesService.featureNotFound(id));
    }

    /** A meter a new feature or a usage query may use: published. */
    static Meter liveMeter(MeterRepository meters, Scope scope, MeterId id) {
        return meters.findById(scope, id).filter(m -> m.status() == Status.PUBLISHED)
                .orElseThrow(() -> meterNotFound(id));
    }

    static NotFoundException meterNotFound(MeterId id) {
        return new NotFoundException(ErrorCode.METER_NOT_FOUND, "meter " + id + " not found");
    }
}
