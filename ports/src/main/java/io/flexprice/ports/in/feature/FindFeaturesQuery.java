package io.flexprice.ports.in.feature;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.ports.in.feature.ManageFeaturesUseCase.FeatureView;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.feature.FeatureFilter;

public interface FindFeaturesQuery {

    /**
     * @throws io.flexprice.domain.common.NotFoundException if there is no live feature with this id
     */
    FeatureView get(Caller caller, FeatureId id);

    Page<FeatureView> search(Caller caller, FeatureFilter filter, PageRequest page);

    /**
     * @throws io.flexprice.domain.common.NotFoundException if there is no meter with this id
     */
    Meter getMeter(Caller caller, MeterId id);

    Page<Meter> listMeters(Caller caller, PageRequest page);
}
