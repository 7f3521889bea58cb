package io.flexprice.adapters.storage.postgres.metering;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.domain.metering.EventProperties;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * fp_number and fp_text, the SQL functions of V3__events.sql, give what {@link EventProperties#number}
 * and {@link EventProperties#text} give for the same property, stored as the event store stores it.
 */
class FpFunctionsIT {

    /** A JSON null property (a stream cannot hold a Java null). */
    private static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    static Stream<Object> values() {
        return Stream.of(
                // strings: numbers once trimmed as String.trim does, or not numbers at all
                "12", "  12  ", "\t7\n", "\u0001 8\u001f", "1e3", "1E+3", "2.5e-3", "-0.50", "+4", ".5", "5.", "+.5e+2",
                "007", "1e999", "1e-999", "abc", "", " ", "1 2", "1,5", "1_000", "0x10", "NaN", "Infinity", "1e", "e5",
                "--1", ".", "\u00a012", "12\u00a0",
                // numbers, as a JSON parser gives them
                new BigDecimal("1.50"), new BigDecimal("100"), new BigDecimal("1E+3"), new BigDecimal("0"),
                new BigDecimal("0.000"), new BigDecimal("-0.50"), new BigDecimal("1E-7"),
                new BigDecimal("123456789012345678901234567890.123456789012345678901234567890"),
                // neither
                Boolean.TRUE, Boolean.FALSE, NULL, Map.of("a", new BigDecimal("1")), List.of(new BigDecimal("1")));
    }

    @ParameterizedTest
    @MethodSource("values")
    void sqlFunctionsReadAPropertyAsTheDomainDoes(Object value) throws SQLException {
        Map<String, Object> properties = new HashMap<>();
        properties.put("v", value == NULL ? null : value);
        EventProperties domain = EventProperties.of(properties);

        SqlReading sql = read(JsonColumns.write(properties), "v");

        assertThat(sql.text()).isEqualTo(domain.text("v"));
        // equal as numbers: "1e3" is 1E+3 in Java and 1000 in Postgres
        assertThat(sql.number().map(BigDecimal::stripTrailingZeros))
                .isEqualTo(domain.number("v").map(BigDecimal::stripTrailingZeros));
    }

    @Test
    void aMissingPropertyIsNeitherANumberNorAText() throws SQLException {
        SqlReading sql = read("{\"other\": 1}", "v");

        assertThat(sql.number()).isEmpty();
        assertThat(sql.text()).isEmpty();
    }

    /**
     * Neither side reads as a number what not every store can parse: digits other than 0-9, exponents
     * of more than three digits, strings over 1000 characters (BigDecimal alone would read them all).
     */
    @Test
    void stringsNotEveryStoreCanParseAreNotNumbersOnEitherSide() throws SQLException {
        for (String value : List.of("\u0661\u0662", "1e1000", "1" + "0".repeat(1000))) {
            assertThat(EventProperties.of(Map.of("v", value)).number("v")).as(value).isEmpty();
            assertThat(read(JsonColumns.write(Map.of("v", value)), "v").number()).as(value).isEmpty();
        }
    }

    private static SqlReading read(String json, String key) throws SQLException {
        try (Connection connection = PostgresTestDatabase.shared().dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT fp_number(p -> ?), fp_text(p -> ?) FROM (SELECT ?::jsonb AS p) property")) {
            statement.setString(1, key);
            statement.setString(2, key);
            statement.setString(3, json);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return new SqlReading(Optional.ofNullable(rs.getBigDecimal(1)), Optional.ofNullable(rs.getString(2)));
            }
        }
    }

    private record SqlReading(Optional<BigDecimal> number, Optional<String> text) {
    }
}
