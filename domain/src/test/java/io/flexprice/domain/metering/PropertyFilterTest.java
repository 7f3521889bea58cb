package io.flexprice.domain.metering;

import static io.flexprice.domain.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyFilterTest {

    private static EventProperties props(Object... keyValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        return EventProperties.of(values);
    }

    @Test
    void matchesWhenThePropertyHasOneOfTheValues() {
        PropertyFilter filter = new PropertyFilter("region", List.of("us", "eu"));

        assertThat(filter.matches(props("region", "eu"))).isTrue();
        assertThat(filter.matches(props("region", "ap"))).isFalse();
    }

    @Test
    void theComparisonIsExactAndCaseSensitive() {
        PropertyFilter filter = new PropertyFilter("region", List.of("us"));

        assertThat(filter.matches(props("region", "US"))).isFalse();
        assertThat(filter.matches(props("region", " us"))).isFalse();
    }

    @Test
    void aMissingOrNullOrNestedPropertyDoesNotMatch() {
        PropertyFilter filter = new PropertyFilter("region", List.of("us"));

        assertThat(filter.matches(EventProperties.EMPTY)).isFalse();
        assertThat(filter.matches(props("region", null))).isFalse();
        assertThat(filter.matches(props("region", List.of("us")))).isFalse();
        assertThat(filter.matches(props("region", Map.of("code", "us")))).isFalse();
    }

    @Test
    void numbersAndBooleansMatchTheirPlainText() {
        assertThat(new PropertyFilter("price", List.of("1.5")).matches(props("price", dec("1.50")))).isTrue();
        assertThat(new PropertyFilter("count", List.of("100")).matches(props("count", dec("1E+2")))).isTrue();
        assertThat(new PropertyFilter("count", List.of("100")).matches(props("count", 100L))).isTrue();
        assertThat(new PropertyFilter("beta", List.of("true")).matches(props("beta", Boolean.TRUE))).isTrue();
    }

    @Test
    void filtersCombineWithAnd() {
        List<PropertyFilter> filters = List.of(
                new PropertyFilter("region", List.of("us", "eu")), new PropertyFilter("tier", List.of("pro")));

        assertThat(PropertyFilter.allMatch(filters, props("region", "us", "tier", "pro"))).isTrue();
        assertThat(PropertyFilter.allMatch(filters, props("region", "us", "tier", "free"))).isFalse();
        assertThat(PropertyFilter.allMatch(filters, props("tier", "pro"))).isFalse();
    }

    @Test
    void noFiltersMatchEverything() {
        assertThat(PropertyFilter.allMatch(List.of(), EventProperties.EMPTY)).isTrue();
    }

    @Test
    void aKeyAndAtLeastOneValueAreRequiredAndReportedTogether() {
        assertThatThrownBy(() -> new PropertyFilter(" ", List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field)
                        .containsExactly("filters.key", "filters.values"));
        assertThatThrownBy(() -> new PropertyFilter("region", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field)
                        .containsExactly("filters.values"));
    }

    @Test
    void theValuesAreCopied() {
        List<String> values = new ArrayList<>(List.of("us"));
        PropertyFilter filter = new PropertyFilter("region", values);
        values.add("eu");

        assertThat(filter.values()).containsExactly("us");
        assertThat(filter.matches(props("region", "eu"))).isFalse();
    }
}
