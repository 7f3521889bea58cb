package io.flexprice.adapters.http.support;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.ports.in.feature.CreateFeatureCommand;
import io.flexprice.ports.in.feature.FindFeaturesQuery;
import io.flexprice.ports.in.feature.ManageFeaturesUseCase;
import io.flexprice.ports.in.feature.UpdateFeatureCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.feature.FeatureFilter;
import java.util.List;

/** Answers with a metered feature and its meter; records what it was asked. */
public final class FakeFeatures implements ManageFeaturesUseCase, FindFeaturesQuery {

    public RuntimeException failure;
    public CreateFeatureCommand lastCreate;
    public UpdateFeatureCommand lastUpdate;
    public FeatureId lastDeleted;
    public FeatureFilter lastFilter;
    public PageRequest lastPage;

    public void reset() {
        failure = null;
        lastCreate = null;
        lastUpdate = null;
        lastDeleted = null;
        lastFilter = null;
        lastPage = null;
    }

    private void called() {
        if (failure != null) {
            throw failure;
        }
    }

    private static FeatureView view(String id) {
        return new FeatureView(Fixtures.aMeteredFeature(id, "meter_1"), Fixtures.aMeter("meter_1"));
    }

    @Override
    public FeatureView create(Caller caller, CreateFeatureCommand command) {
        called();
        lastCreate = command;
        return view("feat_new");
    }

    @Override
    public FeatureView update(Caller caller, FeatureId id, UpdateFeatureCommand command) {
        called();
        lastUpdate = command;
        return view(id.value());
    }

    @Override
    public void delete(Caller caller, FeatureId id) {
        called();
        lastDeleted = id;
    }

    @Override
    public FeatureView get(Caller caller, FeatureId id) {
        called();
        return view(id.value());
    }

    @Override
    public Page<FeatureView> search(Caller caller, FeatureFilter filter, PageRequest page) {
        called();
        lastFilter = filter;
        lastPage = page;
        return new Page<>(List.of(view("feat_1")), 1, page.limit(), page.offset());
    }

    @Override
    public Meter getMeter(Caller caller, MeterId id) {
        called();
        return Fixtures.aMeter(id.value());
    }

    @Override
    public Page<Meter> listMeters(Caller caller, PageRequest page) {
        called();
        lastPage = page;
        return new Page<>(List.of(Fixtures.aMeter("meter_1")), 1, page.limit(), page.offset());
    }
}
