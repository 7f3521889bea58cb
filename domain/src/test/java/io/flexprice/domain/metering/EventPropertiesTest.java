package io.flexprice.domain.metering;

import static io.flexprice.domain.Fixtures.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.flexprice.domain.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventPropertiesTest {

    private static EventProperties with(String key, Object value) {
        Map<String, Object> values = new HashMap<>();
        values.put(key, value);
        return EventProperties.of(values);
    }

    @Test
    void aJsonNumberIsItsNumber() {
        assertThat(with("n", dec("12.50")).number("n")).hasValueSatisfying(
                n -> assertThat(n).isEqualByComparingTo("12.5"));
    }

    @Test
    void otherJavaNumbersAreReadExactly() {
        assertThat(with("n", 7L).number("n")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("7"));
        assertThat(with("n", 42).number("n")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("42"));
        assertThat(with("n", 0.1d).number("n")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("0.1"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12.5|12.5", "' 7 '|7", "-3|-3", "1e3|1000", "0.000|0", "+2|2"})
    void aStringHoldingADecimalNumberIsANumber(String text, String expected) {
        assertThat(with("n", text).number("n")).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "ten", "12,5", "0x10", "NaN", "Infinity", "1.2.3"})
    void aStringThatIsNotADecimalNumberIsNoNumber(String text) {
        assertThat(with("n", text).number("n")).isEmpty();
    }

    @Test
    void missingNullBooleanAndNestedValuesAreNoNumber() {
        assertThat(EventProperties.EMPTY.number("n")).isEmpty();
        assertThat(with("n", null).number("n")).isEmpty();
        assertThat(with("n", Boolean.TRUE).number("n")).isEmpty();
        assertThat(with("n", List.of(dec("1"))).number("n")).isEmpty();
        assertThat(with("n", Map.of("v", dec("1"))).number("n")).isEmpty();
    }

    @Test
    void aNonFiniteDoubleIsNoNumber() {
        assertThat(with("n", Double.NaN).number("n")).isEmpty();
        assertThat(with("n", Double.POSITIVE_INFINITY).number("n")).isEmpty();
    }

    @Test
    void textOfAStringIsTheStringAsItIs() {
        assertThat(with("k", " Mixed Case ").text("k")).contains(" Mixed Case ");
        assertThat(with("k", "1.50").text("k")).contains("1.50");
    }

    @Test
    void textOfANumberIsItsPlainFormWithoutTrailingZeros() {
        assertThat(with("k", dec("1.50")).text("k")).contains("1.5");
        assertThat(with("k", dec("100")).text("k")).contains("100");
        assertThat(with("k", dec("1E+2")).text("k")).contains("100");
        assertThat(with("k", dec("0.00")).text("k")).contains("0");
        assertThat(with("k", 5L).text("k")).contains("5");
    }

    @Test
    void textOfABooleanIsTrueOrFalse() {
        assertThat(with("k", Boolean.TRUE).text("k")).contains("true");
        assertThat(with("k", Boolean.FALSE).text("k")).contains("false");
    }

    @Test
    void missingNullAndNestedValuesHaveNoText() {
        assertThat(EventProperties.EMPTY.text("k")).isEmpty();
        assertThat(with("k", null).text("k")).isEqualTo(Optional.empty());
        assertThat(with("k", List.of("a")).text("k")).isEmpty();
        assertThat(with("k", Map.of("a", "b")).text("k")).isEmpty();
    }

    @Test
    void anEmptyOrNullMapIsEmpty() {
        assertThat(EventProperties.of(null)).isSameAs(EventProperties.EMPTY);
        assertThat(EventProperties.of(Map.of())).isSameAs(EventProperties.EMPTY);
        assertThat(new EventProperties(null).values()).isEmpty();
    }

    @Test
    void theValuesAreCopiedKeepTheirOrderAndCannotBeChanged() {
        Map<String, Object> source = new java.util.LinkedHashMap<>();
        source.put("b", "2");
        source.put("a", "1");
        source.put("nothing", null);
        EventProperties properties = EventProperties.of(source);
        source.put("c", "3");

        assertThat(properties.values().keySet()).containsExactly("b", "a", "nothing");
        assertThatThrownBy(() -> properties.values().put("d", "4")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalValuesMakeEqualProperties() {
        assertThat(with("n", BigDecimal.ONE)).isEqualTo(with("n", BigDecimal.ONE));
    }

    @Test
    void onlyAsciiDecimalsWithShortExponentsAreNumbers() {
        EventProperties p = EventProperties.of(Map.of("arabic", "\u0661\u0662", "exp", "1e3", "big", "1e1000",
                "spaced", " -0.50 ", "dot", ".5", "long", "1".repeat(1001)));

        assertThat(p.number("arabic")).isEmpty(); // BigDecimal would read 12; every store must agree
        assertThat(p.number("exp")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1000"));
        assertThat(p.number("big")).isEmpty(); // a four-digit exponent
        assertThat(p.number("spaced")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-0.5"));
        assertThat(p.number("dot")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
        assertThat(p.number("long")).isEmpty();
    }

    @Test
    void textWithNulAndNumbersBeyondAThousandDigitsAreViolationsWithTheirPath() {
        EventProperties p = EventProperties.of(Map.of("ok", "fine", "nested",
                Map.of("bad", "a\u0000b", "list", List.of(new BigDecimal("1E-1001")))));

        assertThat(p.violations()).extracting(ValidationException.Violation::field)
                .containsExactlyInAnyOrder("properties.nested.bad", "properties.nested.list[0]");
    }
}
