package io.flexprice.ports.application.feature;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.FeatureCommands.aBooleanFeature;
import static io.flexprice.ports.testing.FeatureCommands.aMeterSpec;
import static io.flexprice.ports.testing.FeatureCommands.aMeteredFeature;
import static io.flexprice.ports.testing.FeatureCommands.meterSpecNamed;
import static io.flexprice.ports.testing.Features.aFeature;
import static io.flexprice.ports.testing.Fixtures.ACTOR;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.EARLIER;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static io.flexprice.ports.testing.Meters.aMeter;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.metering.ResetUsage;
import io.flexprice.ports.in.feature.ManageFeaturesUseCase.FeatureView;
import io.flexprice.ports.in.feature.MeterSpec;
import io.flexprice.ports.in.feature.UpdateFeatureCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.testing.FakeFeatureRepository;
import io.flexprice.ports.testing.FakeMeterRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ManageFeaturesServiceTest {

    private final FakeFeatureRepository features = new FakeFeatureRepository();
    private final FakeMeterRepository meters = new FakeMeterRepository();
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final ManageFeaturesService service =
            new ManageFeaturesService(features, meters, transactions, new SequentialIdGenerator(), CLOCK);
    private final FindFeaturesService find = new FindFeaturesService(features, meters);
    private final Caller caller = aCaller().build();

    private static UpdateFeatureCommand update(String name, List<PropertyFilter> filters) {
        return new UpdateFeatureCommand(name, null, null, null, null, filters);
    }

    private static void assertNotFound(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOf(NotFoundException.class)
                .extracting(e -> ((NotFoundException) e).code()).isEqualTo(code);
    }

    // --- create

    @Test
    void aMeteredFeatureWithAnInlineMeterCreatesBothLinked() {
        FeatureView view = service.create(caller, aMeteredFeature().build());

        Meter meter = view.meter();
        Feature feature = view.feature();
        assertThat(meter.id().value()).startsWith("meter_");
        assertThat(meter.scope()).isEqualTo(SCOPE);
        assertThat(meter.name()).isEqualTo("API call meter");
        assertThat(meter.eventName()).isEqualTo("api_call");
        assertThat(meter.filters()).containsExactly(new PropertyFilter("region", List.of("eu")));
        assertThat(meter.resetUsage()).isEqualTo(ResetUsage.NEVER);
        assertThat(meter.status()).isEqualTo(Status.PUBLISHED);
        assertThat(meter.audit()).isEqualTo(Audit.createdBy(ACTOR, NOW));
        assertThat(feature.id().value()).startsWith("feat_");
        assertThat(feature.type()).isEqualTo(FeatureType.METERED);
        assertThat(feature.meterId()).isEqualTo(meter.id());
        assertThat(feature.audit()).isEqualTo(Audit.createdBy(ACTOR, NOW));
        assertThat(feature.metadata()).isEqualTo(Metadata.of(Map.of("team", "core")));
        assertThat(meters.all()).containsExactly(meter);
        assertThat(features.all()).containsExactly(feature);
        assertThat(transactions.units()).isEqualTo(1);
    }

    @Test
    void anInlineMeterWithoutANameIsNamedAfterTheFeature() {
        Meter unnamed = service.create(caller, aMeteredFeature().name("Tokens").lookupKey("tokens").meter(meterSpecNamed(null)).build()).meter();
        Meter blank = service.create(caller, aMeteredFeature().name("Calls").lookupKey("calls").meter(meterSpecNamed("  ")).build()).meter();

        assertThat(unnamed.name()).isEqualTo("Tokens");
        assertThat(blank.name()).isEqualTo("Calls");
    }

    @Test
    void anInvalidInlineMeterIsRejectedAndNothingIsStored() {
        MeterSpec noEventName = new MeterSpec("m", " ", aMeterSpec().aggregation(), List.of(), null);

        assertThat(fieldsRejected(() -> service.create(caller, aMeteredFeature().meter(noEventName).build())))
                .containsExactly("meter.event_name");
        assertThat(meters.all()).isEmpty();
        assertThat(features.all()).isEmpty();
    }

    @Test
    void aFeatureWithoutANameIsRejectedOnTheNameField() {
        assertThat(fieldsRejected(() -> service.create(caller, aBooleanFeature().name(" ").build())))
                .containsExactly("name");
    }

    @Test
    void aMeteredFeatureWithoutANameIsRejectedOnTheNameField() {
        assertThat(fieldsRejected(() -> service.create(caller, aMeteredFeature().name(null)
                .meter(meterSpecNamed(null)).build()))).contains("name");
    }

    @Test
    void aMeteredFeatureNamingAPublishedMeterUsesItWithoutCreatingAnother() {
        Meter existing = meters.add(aMeter().id("meter_tokens").build());

        FeatureView view = service.create(caller, aMeteredFeature().meter(null).meterId("meter_tokens").build());

        assertThat(view.meter()).isEqualTo(existing);
        assertThat(view.feature().meterId()).isEqualTo(existing.id());
        assertThat(meters.all()).containsExactly(existing);
    }

    @Test
    void aMeteredFeatureNamingAnUnknownArchivedOrOtherEnvironmentsMeterIsNotFound() {
        meters.add(aMeter().id("meter_archived").status(Status.ARCHIVED).build());
        meters.add(aMeter().id("meter_elsewhere").in(OTHER_ENVIRONMENT).build());

        for (String meterId : List.of("meter_unknown", "meter_archived", "meter_elsewhere")) {
            assertNotFound(() -> service.create(caller, aMeteredFeature().meter(null).meterId(meterId).build()),
                    ErrorCode.METER_NOT_FOUND);
        }
        assertThat(features.all()).isEmpty();
    }

    @Test
    void aMeteredFeatureWithBothAnInlineMeterAndAMeterIdIsRejected() {
        meters.add(aMeter().id("meter_tokens").build());

        assertThat(fieldsRejected(() -> service.create(caller, aMeteredFeature().meterId("meter_tokens").build())))
                .containsExactly("meter");
        assertThat(meters.all()).hasSize(1);
        assertThat(features.all()).isEmpty();
    }

    @Test
    void aMeteredFeatureWithoutAnyMeterIsRejected() {
        assertThat(fieldsRejected(() -> service.create(caller, aMeteredFeature().meter(null).build())))
                .containsExactly("meter");
        assertThat(features.all()).isEmpty();
    }

    @Test
    void aFeatureWithoutATypeIsRejected() {
        assertThat(fieldsRejected(() -> service.create(caller, aBooleanFeature().type(null).build())))
                .containsExactly("type");
    }

    @Test
    void aBooleanFeatureHasNoMeter() {
        FeatureView view = service.create(caller, aBooleanFeature().build());

        assertThat(view.meter()).isNull();
        assertThat(view.feature().type()).isEqualTo(FeatureType.BOOLEAN);
        assertThat(view.feature().meterId()).isNull();
        assertThat(meters.all()).isEmpty();
        assertThat(features.all()).containsExactly(view.feature());
    }

    @Test
    void aBooleanFeatureWithAnInlineMeterIsRejected() {
        assertThat(fieldsRejected(() -> service.create(caller, aBooleanFeature().meter(aMeterSpec()).build())))
                .containsExactly("meter");
        assertThat(meters.all()).isEmpty();
        assertThat(features.all()).isEmpty();
    }

    @Test
    void aBooleanFeatureWithAMeterIdIsRejected() {
        meters.add(aMeter().id("meter_tokens").build());

        assertThat(fieldsRejected(() -> service.create(caller, aBooleanFeature().meterId("meter_tokens").build())))
                .containsExactly("meter");
        assertThat(features.all()).isEmpty();
    }

    @Test
    void aLookupKeyTakenByALiveFeatureIsAConflict() {
        features.add(aFeature().lookupKey("sso").build());

        assertThatThrownBy(() -> service.create(caller, aBooleanFeature().build())).isInstanceOf(ConflictException.class);
    }

    // --- update

    @Test
    void updateChangesOnlyTheFieldsGivenAndRecordsTheCaller() {
        Feature stored = features.add(aFeature().id("feat_1").build());

        Feature updated = service.update(caller, stored.id(), update("Single sign-on", null)).feature();

        assertThat(updated.name()).isEqualTo("Single sign-on");
        assertThat(updated).usingRecursiveComparison().ignoringFields("name", "audit").isEqualTo(stored);
        assertThat(updated.audit()).isEqualTo(new Audit(EARLIER.createdAt(), EARLIER.createdBy(), NOW, ACTOR));
        assertThat(features.stored(stored.id())).isEqualTo(updated);
    }

    @Test
    void updateReplacesDescriptionUnitsAndMetadataWhenGiven() {
        Feature stored = features.add(aFeature().id("feat_1").build());

        Feature updated = service.update(caller, stored.id(), new UpdateFeatureCommand(null, "new description",
                "seat", "seats", Map.of("team", "growth"), null)).feature();

        assertThat(updated.name()).isEqualTo(stored.name());
        assertThat(updated.description()).isEqualTo("new description");
        assertThat(updated.unitSingular()).isEqualTo("seat");
        assertThat(updated.unitPlural()).isEqualTo("seats");
        assertThat(updated.metadata()).isEqualTo(Metadata.of(Map.of("team", "growth")));
    }

    @Test
    void filtersOfAMeteredFeatureReplaceItsMetersFilters() {
        Meter meter = meters.add(aMeter().id("meter_1").filter("region", "eu").build());
        Feature stored = features.add(aFeature().id("feat_1").meteredBy(meter.id()).build());
        List<PropertyFilter> newFilters = List.of(new PropertyFilter("model", List.of("gpt-4", "gpt-4o")));

        FeatureView view = service.update(caller, stored.id(), update(null, newFilters));

        assertThat(view.meter().filters()).isEqualTo(newFilters);
        assertThat(meters.stored(meter.id()).filters()).isEqualTo(newFilters);
        assertThat(meters.stored(meter.id()).audit()).isEqualTo(new Audit(EARLIER.createdAt(), EARLIER.createdBy(), NOW, ACTOR));
        assertThat(meters.stored(meter.id()).eventName()).isEqualTo(meter.eventName());
    }

    @Test
    void anUpdateWithoutFiltersLeavesTheMeterAlone() {
        Meter meter = meters.add(aMeter().id("meter_1").filter("region", "eu").build());
        Feature stored = features.add(aFeature().id("feat_1").meteredBy(meter.id()).build());

        FeatureView view = service.update(caller, stored.id(), update("Renamed", null));

        assertThat(view.meter()).isEqualTo(meter);
        assertThat(meters.updates()).isZero();
    }

    @Test
    void filtersOnAFeatureWithoutAMeterAreRejectedAndNothingChanges() {
        Feature stored = features.add(aFeature().id("feat_1").build());

        assertThat(fieldsRejected(() -> service.update(caller, stored.id(),
                update("Renamed", List.of(new PropertyFilter("region", List.of("eu")))))))
                .containsExactly("filters");
        assertThat(features.stored(stored.id())).isEqualTo(stored);
    }

    @Test
    void updatingAnUnknownDeletedOrOtherEnvironmentsFeatureIsNotFound() {
        features.add(aFeature().id("feat_gone").status(Status.DELETED).build());
        features.add(aFeature().id("feat_elsewhere").in(OTHER_ENVIRONMENT).build());

        for (String id : List.of("feat_unknown", "feat_gone", "feat_elsewhere")) {
            assertNotFound(() -> service.update(caller, FeatureId.of(id), update("x", null)), ErrorCode.FEATURE_NOT_FOUND);
        }
    }

    // --- delete

    @Test
    void deleteSoftDeletesTheFeatureAndArchivesItsMeter() {
        Meter meter = meters.add(aMeter().id("meter_1").build());
        Feature stored = features.add(aFeature().id("feat_1").meteredBy(meter.id()).build());

        service.delete(caller, stored.id());

        Feature deleted = features.stored(stored.id());
        assertThat(deleted.status()).isEqualTo(Status.DELETED);
        assertThat(deleted.audit()).isEqualTo(new Audit(EARLIER.createdAt(), EARLIER.createdBy(), NOW, ACTOR));
        Meter archived = meters.stored(meter.id());
        assertThat(archived.status()).isEqualTo(Status.ARCHIVED);
        assertThat(archived.audit().updatedAt()).isEqualTo(NOW);
        assertThat(archived.audit().updatedBy()).isEqualTo(ACTOR);
        assertThat(transactions.units()).isEqualTo(1);
    }

    @Test
    void aMeterAnotherLiveFeatureStillUsesIsNotArchived() {
        Meter meter = meters.add(aMeter().id("meter_1").build());
        Feature first = features.add(aFeature().id("feat_1").meteredBy(meter.id()).build());
        features.add(aFeature().id("feat_2").lookupKey("second").meteredBy(meter.id()).build());

        service.delete(caller, first.id());

        assertThat(meters.stored(meter.id()).status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void aDeletedFeatureIsNotFoundAfterwards() {
        Feature stored = features.add(aFeature().id("feat_1").build());

        service.delete(caller, stored.id());

        assertNotFound(() -> find.get(caller, stored.id()), ErrorCode.FEATURE_NOT_FOUND);
        assertNotFound(() -> service.delete(caller, stored.id()), ErrorCode.FEATURE_NOT_FOUND);
    }

    @Test
    void deletingAFeatureWhoseMeterIsNoLongerPublishedLeavesTheMeterAsItIs() {
        Meter meter = meters.add(aMeter().id("meter_1").status(Status.DELETED).build());
        Feature stored = features.add(aFeature().id("feat_1").meteredBy(meter.id()).build());

        service.delete(caller, stored.id());

        assertThat(meters.stored(meter.id())).isEqualTo(meter);
        assertThat(features.stored(stored.id()).status()).isEqualTo(Status.DELETED);
    }

    @Test
    void deletingABooleanFeatureTouchesNoMeter() {
        meters.add(aMeter().id("meter_1").build());
        Feature stored = features.add(aFeature().id("feat_1").build());

        service.delete(caller, stored.id());

        assertThat(meters.updates()).isZero();
    }

    @Test
    void deletingAFeatureOfAnotherEnvironmentIsNotFoundAndLeavesItLive() {
        Feature elsewhere = features.add(aFeature().id("feat_1").in(OTHER_ENVIRONMENT).build());

        assertNotFound(() -> service.delete(caller, elsewhere.id()), ErrorCode.FEATURE_NOT_FOUND);
        assertThat(features.stored(elsewhere.id())).isEqualTo(elsewhere);
    }
}
