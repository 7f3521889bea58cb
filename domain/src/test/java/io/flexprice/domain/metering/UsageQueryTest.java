package io.flexprice.domain.metering;

import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.common.Rejections.rejected;
import static io.flexprice.domain.metering.Events.anEvent;
import static io.flexprice.domain.metering.UsageQueries.aQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.flexprice.domain.common.ValidationException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageQueryTest {

    private static final Aggregation COUNT = Aggregation.of(AggregationType.COUNT, null);

    @Test
    void aStartEqualToTheEndIsRejected() {
        assertThat(fieldsRejected(() -> aQuery(COUNT).from("2024-01-01T00:00:00Z").until("2024-01-01T00:00:00Z")
                .build())).containsExactly("start_time");
    }

    @Test
    void aStartAfterTheEndIsRejected() {
        ValidationException e = rejected(() -> aQuery(COUNT).from("2024-02-01T00:00:00Z")
                .until("2024-01-01T00:00:00Z").build());

        assertThat(e.violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("must be before end_time"));
    }

    @Test
    void weightedSumNeedsAStart() {
        ValidationException e = rejected(
                () -> aQuery(AggregationType.WEIGHTED_SUM, "seats").from(null).build());

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("start_time");
            assertThat(v.message()).contains("WEIGHTED_SUM");
        });
    }

    @Test
    void otherAggregationsNeedNoStart() {
        assertThat(aQuery(AggregationType.SUM, "n").from(null).build().start()).isNull();
    }

    @Test
    void aMissingEventNameAndABadRangeAreReportedTogether() {
        assertThat(fieldsRejected(() -> aQuery(COUNT).eventName(" ").from("2024-02-01T00:00:00Z")
                .until("2024-01-01T00:00:00Z").build()))
                .containsExactly("event_name", "start_time");
    }

    @Test
    void aggregationEndAndZoneAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new UsageQuery("e", null, null, null, null,
                Instant.EPOCH, null, ZoneOffset.UTC, null));
        assertThatNullPointerException().isThrownBy(() -> new UsageQuery("e", COUNT, null, null, null,
                null, null, ZoneOffset.UTC, null));
        assertThatNullPointerException().isThrownBy(() -> new UsageQuery("e", COUNT, null, null, null,
                Instant.EPOCH, null, null, null));
    }

    @Test
    void filtersAreCopiedAndDefaultToNone() {
        List<PropertyFilter> filters = new ArrayList<>();
        UsageQuery query = new UsageQuery("e", COUNT, filters, null, null, Instant.EPOCH, null, ZoneOffset.UTC, null);
        filters.add(new PropertyFilter("k", List.of("v")));

        assertThat(query.filters()).isEmpty();
        assertThat(new UsageQuery("e", COUNT, null, null, null, Instant.EPOCH, null, ZoneOffset.UTC, null).filters())
                .isEmpty();
    }

    @Test
    void matchesTheNameTheCustomerTheRangeAndTheFilters() {
        UsageQuery query = aQuery(COUNT).forCustomer("cust_a").filter("tier", "pro")
                .from("2024-01-01T00:00:00Z").until("2024-02-01T00:00:00Z").build();
        Events matching = anEvent().forCustomer("cust_a").with("tier", "pro").at("2024-01-01T00:00:00Z");

        assertThat(query.matches(matching.build())).isTrue();
        assertThat(query.matches(anEvent().forCustomer("cust_a").with("tier", "pro").named("other").build())).isFalse();
        assertThat(query.matches(anEvent().forCustomer("cust_b").with("tier", "pro").build())).isFalse();
        assertThat(query.matches(anEvent().forCustomer("cust_a").with("tier", "free").build())).isFalse();
        assertThat(query.matches(anEvent().forCustomer("cust_a").with("tier", "pro")
                .at("2024-02-01T00:00:00Z").build())).isFalse();
        assertThat(query.matches(anEvent().forCustomer("cust_a").with("tier", "pro")
                .at("2023-12-31T23:59:59Z").build())).isFalse();
    }
}
