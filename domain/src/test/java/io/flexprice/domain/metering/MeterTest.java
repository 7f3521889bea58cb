package io.flexprice.domain.metering;

import static io.flexprice.domain.Fixtures.AUDIT;
import static io.flexprice.domain.Fixtures.SCOPE;
import static io.flexprice.domain.Fixtures.repeat;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MeterTest {

    private static final Aggregation COUNT = Aggregation.of(AggregationType.COUNT, null);

    private static Meter meter(String name, String eventName, List<PropertyFilter> filters, ResetUsage reset) {
        return new Meter(MeterId.of("meter_1"), SCOPE, name, eventName, COUNT, filters, reset, Status.PUBLISHED, AUDIT);
    }

    @Test
    void filtersDefaultToNoneAndResetToEveryBillingPeriod() {
        Meter meter = meter("API calls", "api_call", null, null);

        assertThat(meter.filters()).isEmpty();
        assertThat(meter.resetUsage()).isEqualTo(ResetUsage.BILLING_PERIOD);
    }

    @Test
    void filtersAreCopied() {
        List<PropertyFilter> filters = new ArrayList<>();
        Meter meter = meter("API calls", "api_call", filters, ResetUsage.NEVER);
        filters.add(new PropertyFilter("k", List.of("v")));

        assertThat(meter.filters()).isEmpty();
    }

    @Test
    void aMissingNameAndEventNameAreReportedTogether() {
        assertThat(fieldsRejected(() -> meter(" ", null, null, null)))
                .containsExactly("meter.name", "meter.event_name");
    }

    @Test
    void namesLongerThan255CharactersAreRejected() {
        assertThat(fieldsRejected(() -> meter(repeat('m', 256), repeat('e', 256), null, null)))
                .containsExactly("meter.name", "meter.event_name");
    }

    @Test
    void withFiltersAndWithStatusChangeOnlyThatAndTheAudit() {
        Meter meter = meter("API calls", "api_call", null, null);
        Audit changed = AUDIT.updatedBy("user_2", Instant.parse("2024-02-01T00:00:00Z"));

        Meter filtered = meter.withFilters(List.of(new PropertyFilter("k", List.of("v"))), changed);
        Meter archived = meter.withStatus(Status.ARCHIVED, changed);

        assertThat(filtered.filters()).hasSize(1);
        assertThat(filtered.audit()).isEqualTo(changed);
        assertThat(filtered.eventName()).isEqualTo("api_call");
        assertThat(archived.status()).isEqualTo(Status.ARCHIVED);
        assertThat(archived.filters()).isEmpty();
    }

    @Test
    void resetUsageFromWireIgnoresCase() {
        assertThat(ResetUsage.fromWire("billing_period")).isEqualTo(ResetUsage.BILLING_PERIOD);
        assertThat(ResetUsage.fromWire("NEVER")).isEqualTo(ResetUsage.NEVER);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"MONTHLY", "never "})
    void resetUsageFromWireRejectsOtherValues(String wire) {
        assertThat(fieldsRejected(() -> ResetUsage.fromWire(wire))).containsExactly("reset_usage");
    }

    @Test
    void aMeterIdIsRequired() {
        assertThat(fieldsRejected(() -> MeterId.of(""))).containsExactly("meter_id");
    }
}
