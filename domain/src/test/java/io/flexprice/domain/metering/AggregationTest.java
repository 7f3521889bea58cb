package io.flexprice.domain.metering;

import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.common.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.flexprice.domain.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AggregationTest {

    @Test
    void countNeedsNoField() {
        Aggregation count = Aggregation.of(AggregationType.COUNT, null);

        assertThat(count.field()).isNull();
    }

    @Test
    void countDropsAFieldItDoesNotUse() {
        assertThat(Aggregation.of(AggregationType.COUNT, "tokens").field()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = AggregationType.class, names = {"COUNT", "SUM_WITH_MULTIPLIER"}, mode = EnumSource.Mode.EXCLUDE)
    void everyOtherTypeWithoutAFieldIsRejected(AggregationType type) {
        ValidationException e = rejected(() -> Aggregation.of(type, null));

        assertThat(e.violations()).extracting(ValidationException.Violation::field, ValidationException.Violation::message)
                .containsExactly(tuple("aggregation.field", "is required for " + type + " aggregation"));
    }

    @Test
    void aBlankFieldCountsAsMissing() {
        ValidationException e = rejected(() -> Aggregation.of(AggregationType.SUM, "  "));

        assertThat(e.violations()).extracting(ValidationException.Violation::field).containsExactly("aggregation.field");
    }

    @ParameterizedTest
    @EnumSource(value = AggregationType.class, names = "COUNT", mode = EnumSource.Mode.EXCLUDE)
    void everyTypeAcceptsAField(AggregationType type) {
        Aggregation aggregation = new Aggregation(type, "value",
                type == AggregationType.SUM_WITH_MULTIPLIER ? dec("2") : null, null, null);

        assertThat(aggregation.field()).isEqualTo("value");
    }

    @Test
    void sumWithMultiplierWithoutAMultiplierIsRejected() {
        ValidationException e = rejected(
                () -> new Aggregation(AggregationType.SUM_WITH_MULTIPLIER, "bytes", null, null, null));

        assertThat(e.violations()).extracting(ValidationException.Violation::field, ValidationException.Violation::message)
                .containsExactly(tuple("aggregation.multiplier", "is required for SUM_WITH_MULTIPLIER aggregation"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000", "-1", "-0.5"})
    void aMultiplierThatIsNotPositiveIsRejected(String multiplier) {
        ValidationException e = rejected(
                () -> new Aggregation(AggregationType.SUM_WITH_MULTIPLIER, "bytes", dec(multiplier), null, null));

        assertThat(e.violations()).extracting(ValidationException.Violation::field, ValidationException.Violation::message)
                .containsExactly(tuple("aggregation.multiplier", "must be positive"));
    }

    @Test
    void aSmallPositiveMultiplierIsAccepted() {
        Aggregation aggregation = new Aggregation(AggregationType.SUM_WITH_MULTIPLIER, "bytes", dec("0.000001"), null,
                null);

        assertThat(aggregation.multiplier()).isEqualByComparingTo("0.000001");
    }

    @ParameterizedTest
    @EnumSource(value = AggregationType.class, names = {"MAX", "SUM"})
    void maxAndSumAcceptABucketSize(AggregationType type) {
        assertThat(new Aggregation(type, "v", null, WindowSize.HOUR, null).bucketSize()).isEqualTo(WindowSize.HOUR);
    }

    @ParameterizedTest
    @EnumSource(value = AggregationType.class, names = {"MAX", "SUM", "SUM_WITH_MULTIPLIER"},
            mode = EnumSource.Mode.EXCLUDE)
    void otherTypesRejectABucketSize(AggregationType type) {
        ValidationException e = rejected(() -> new Aggregation(type, "v", null, WindowSize.HOUR, null));

        assertThat(e.violations()).extracting(ValidationException.Violation::field)
                .containsExactly("aggregation.bucket_size");
    }

    @Test
    void maxAcceptsGroupBy() {
        assertThat(new Aggregation(AggregationType.MAX, "cpu", null, null, "instance").groupBy()).isEqualTo("instance");
    }

    @ParameterizedTest
    @EnumSource(value = AggregationType.class, names = {"MAX", "SUM_WITH_MULTIPLIER"}, mode = EnumSource.Mode.EXCLUDE)
    void otherTypesRejectGroupBy(AggregationType type) {
        ValidationException e = rejected(() -> new Aggregation(type, "v", null, null, "instance"));

        assertThat(e.violations()).extracting(ValidationException.Violation::field, ValidationException.Violation::message)
                .containsExactly(tuple("aggregation.group_by", "is supported for MAX aggregation only"));
    }

    @Test
    void aBlankGroupByCountsAsNone() {
        assertThat(new Aggregation(AggregationType.SUM, "v", null, null, " ").groupBy()).isNull();
    }

    @Test
    void everyViolationIsReportedTogether() {
        ValidationException e = rejected(() -> new Aggregation(AggregationType.SUM_WITH_MULTIPLIER, null, dec("-1"),
                WindowSize.DAY, "instance"));

        assertThat(e.violations()).extracting(ValidationException.Violation::field).containsExactly(
                "aggregation.field", "aggregation.multiplier", "aggregation.bucket_size", "aggregation.group_by");
    }

    @Test
    void aTypeIsRequired() {
        assertThatThrownBy(() -> Aggregation.of(null, "v")).isInstanceOf(ValidationException.class)
                .hasMessage("aggregation.type: is required");
    }

    @ParameterizedTest
    @CsvSource({"COUNT, COUNT", "sum, SUM", "Weighted_Sum, WEIGHTED_SUM", "count_unique, COUNT_UNIQUE",
            "SUM_WITH_MULTIPLIER, SUM_WITH_MULTIPLIER", "latest, LATEST", "avg, AVG", "max, MAX"})
    void typeFromWireIgnoresCase(String wire, AggregationType expected) {
        assertThat(AggregationType.fromWire(wire, "aggregation.type")).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"MIN", "sum with multiplier", "UNIQUE"})
    void typeFromWireRejectsUnknownTypesNamingTheField(String wire) {
        ValidationException e = rejected(() -> AggregationType.fromWire(wire, "aggregation.type"));

        assertThat(e.violations()).extracting(ValidationException.Violation::field).containsExactly("aggregation.type");
    }

    @Test
    void onlyCountNeedsNoField() {
        for (AggregationType type : AggregationType.values()) {
            assertThat(type.needsField()).as(type.name()).isEqualTo(type != AggregationType.COUNT);
        }
    }
}
