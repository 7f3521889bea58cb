package io.flexprice.domain.feature;

import static io.flexprice.domain.Fixtures.AUDIT;
import static io.flexprice.domain.Fixtures.SCOPE;
import static io.flexprice.domain.Fixtures.repeat;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.common.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.metering.MeterId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeatureTest {

    private static final MeterId METER = MeterId.of("meter_1");

    private static Feature feature(String name, String lookupKey, FeatureType type, MeterId meterId) {
        return new Feature(FeatureId.of("feat_1"), SCOPE, name, "desc", lookupKey, type, meterId, "call", "calls",
                null, Status.PUBLISHED, AUDIT);
    }

    @Test
    void aMeteredFeatureHasAMeter() {
        Feature feature = feature("API calls", "api_calls", FeatureType.METERED, METER);

        assertThat(feature.meterId()).isEqualTo(METER);
        assertThat(feature.metadata()).isEqualTo(Metadata.EMPTY);
    }

    @Test
    void aMeteredFeatureWithoutAMeterIsRejected() {
        assertThat(rejected(() -> feature("API calls", null, FeatureType.METERED, null)).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("meter");
                    assertThat(v.message()).contains("needs a meter");
                });
    }

    @ParameterizedTest
    @EnumSource(value = FeatureType.class, names = "METERED", mode = EnumSource.Mode.EXCLUDE)
    void onlyMeteredFeaturesHaveAMeter(FeatureType type) {
        assertThat(feature("SSO", null, type, null).meterId()).isNull();
        assertThat(fieldsRejected(() -> feature("SSO", null, type, METER))).containsExactly("meter");
    }

    @Test
    void aBlankLookupKeyIsNone() {
        assertThat(feature("SSO", "  ", FeatureType.BOOLEAN, null).lookupKey()).isNull();
    }

    @Test
    void everyViolationIsReportedTogether() {
        assertThat(fieldsRejected(() -> new Feature(FeatureId.of("feat_1"), SCOPE, " ", repeat('d', 4001),
                repeat('k', 256), FeatureType.METERED, null, null, null, null, Status.PUBLISHED, AUDIT)))
                .containsExactly("name", "lookup_key", "description", "meter");
    }

    @Test
    void aTooLongNameIsRejected() {
        assertThat(fieldsRejected(() -> feature(repeat('n', 256), null, FeatureType.STATIC, null)))
                .containsExactly("name");
    }

    @Test
    void withDetailsKeepsTypeMeterAndLookupKey() {
        Feature feature = feature("API calls", "api_calls", FeatureType.METERED, METER);

        Feature changed = feature.withDetails("Calls", "new", "req", "reqs", Metadata.of(Map.of("k", "v")), AUDIT);

        assertThat(changed.name()).isEqualTo("Calls");
        assertThat(changed.lookupKey()).isEqualTo("api_calls");
        assertThat(changed.meterId()).isEqualTo(METER);
        assertThat(changed.metadata().values()).containsEntry("k", "v");
    }

    @Test
    void aDeletedFeatureIsNotLive() {
        Feature feature = feature("SSO", null, FeatureType.BOOLEAN, null);

        assertThat(feature.isLive()).isTrue();
        assertThat(feature.deleted(AUDIT).isLive()).isFalse();
        assertThat(feature.deleted(AUDIT).status()).isEqualTo(Status.DELETED);
    }

    @Test
    void featureTypesUseLowerCaseWireValues() {
        assertThat(FeatureType.METERED.wireValue()).isEqualTo("metered");
        assertThat(FeatureType.fromWire("Boolean")).isEqualTo(FeatureType.BOOLEAN);
        assertThat(FeatureType.fromWire("static")).isEqualTo(FeatureType.STATIC);
        assertThat(fieldsRejected(() -> FeatureType.fromWire("config"))).containsExactly("type");
        assertThat(fieldsRejected(() -> FeatureType.fromWire(null))).containsExactly("type");
    }
}
