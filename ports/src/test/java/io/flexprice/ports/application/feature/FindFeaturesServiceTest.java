package io.flexprice.ports.application.feature;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Features.aFeature;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static io.flexprice.ports.testing.Meters.aMeter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.ports.in.feature.ManageFeaturesUseCase.FeatureView;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.feature.FeatureFilter;
import io.flexprice.ports.testing.FakeFeatureRepository;
import io.flexprice.ports.testing.FakeMeterRepository;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindFeaturesServiceTest {

    private final FakeFeatureRepository features = new FakeFeatureRepository();
    private final FakeMeterRepository meters = new FakeMeterRepository();
    private final FindFeaturesService service = new FindFeaturesService(features, meters);
    private final Caller caller = aCaller().build();

    @Test
    void getShowsAMeteredFeatureWithItsMeter() {
        Meter meter = meters.add(aMeter().id("meter_1").build());
        Feature feature = features.add(aFeature().id("feat_1").meteredBy(meter.id()).build());

        assertThat(service.get(caller, feature.id())).isEqualTo(new FeatureView(feature, meter));
    }

    @Test
    void getShowsAFeatureWithoutAMeterWithNone() {
        Feature feature = features.add(aFeature().id("feat_1").build());

        assertThat(service.get(caller, feature.id())).isEqualTo(new FeatureView(feature, null));
    }

    @Test
    void getShowsTheArchivedMeterOfAFeature() {
        Meter archived = meters.add(aMeter().id("meter_1").status(Status.ARCHIVED).build());
        Feature feature = features.add(aFeature().id("feat_1").meteredBy(archived.id()).build());

        assertThat(service.get(caller, feature.id()).meter()).isEqualTo(archived);
    }

    @Test
    void getOfAnUnknownDeletedOrOtherEnvironmentsFeatureIsNotFound() {
        features.add(aFeature().id("feat_gone").status(Status.DELETED).build());
        features.add(aFeature().id("feat_elsewhere").in(OTHER_ENVIRONMENT).build());

        for (String id : List.of("feat_unknown", "feat_gone", "feat_elsewhere")) {
            assertThatThrownBy(() -> service.get(caller, FeatureId.of(id))).as(id)
                    .isInstanceOf(NotFoundException.class)
                    .extracting(e -> ((NotFoundException) e).code()).isEqualTo(ErrorCode.FEATURE_NOT_FOUND);
        }
    }

    @Test
    void searchShowsEachFeatureOfTheCallersScopeWithItsMeterAndKeepsThePaging() {
        Meter meter = meters.add(aMeter().id("meter_1").build());
        Feature metered = features.add(aFeature().id("feat_1").lookupKey("tokens").meteredBy(meter.id()).build());
        Feature plain = features.add(aFeature().id("feat_2").lookupKey("sso").build());
        features.add(aFeature().id("feat_3").lookupKey("gone").status(Status.DELETED).build());
        features.add(aFeature().id("feat_4").lookupKey("tokens").in(OTHER_ENVIRONMENT).build());

        Page<FeatureView> page = service.search(caller, FeatureFilter.ALL_LIVE,
                new PageRequest(10, 0, PageRequest.SortOrder.ASC));

        assertThat(page.items()).containsExactly(new FeatureView(metered, meter), new FeatureView(plain, null));
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.limit()).isEqualTo(10);
        assertThat(page.offset()).isZero();
    }

    @Test
    void searchAppliesTheFilter() {
        Meter meter = meters.add(aMeter().id("meter_1").build());
        features.add(aFeature().id("feat_1").lookupKey("tokens").meteredBy(meter.id()).build());
        features.add(aFeature().id("feat_2").lookupKey("sso").build());

        Page<FeatureView> page = service.search(caller,
                new FeatureFilter(List.of(), List.of(), List.of("meter_1"), null, null), PageRequest.first(10));

        assertThat(page.items()).extracting(v -> v.feature().id().value()).containsExactly("feat_1");
    }

    @Test
    void getMeterFindsPublishedAndArchivedMeters() {
        Meter published = meters.add(aMeter().id("meter_1").build());
        Meter archived = meters.add(aMeter().id("meter_2").status(Status.ARCHIVED).build());

        assertThat(service.getMeter(caller, published.id())).isEqualTo(published);
        assertThat(service.getMeter(caller, archived.id())).isEqualTo(archived);
    }

    @Test
    void getMeterOfAnUnknownDeletedOrOtherEnvironmentsMeterIsNotFound() {
        meters.add(aMeter().id("meter_gone").status(Status.DELETED).build());
        meters.add(aMeter().id("meter_elsewhere").in(OTHER_ENVIRONMENT).build());

        for (String id : List.of("meter_unknown", "meter_gone", "meter_elsewhere")) {
            assertThatThrownBy(() -> service.getMeter(caller, MeterId.of(id))).as(id)
                    .isInstanceOf(NotFoundException.class)
                    .extracting(e -> ((NotFoundException) e).code()).isEqualTo(ErrorCode.METER_NOT_FOUND);
        }
    }

    @Test
    void listMetersListsTheCallersMetersButTheDeletedOnes() {
        meters.add(aMeter().id("meter_1").build());
        meters.add(aMeter().id("meter_2").status(Status.ARCHIVED).build());
        meters.add(aMeter().id("meter_3").status(Status.DELETED).build());
        meters.add(aMeter().id("meter_4").in(OTHER_ENVIRONMENT).build());

        assertThat(service.listMeters(caller, PageRequest.first(10)).items()).extracting(m -> m.id().value())
                .containsExactlyInAnyOrder("meter_1", "meter_2");
    }
}
