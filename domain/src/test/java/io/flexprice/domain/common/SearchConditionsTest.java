package io.flexprice.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flexprice.domain.common.PageRequest.SortOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchConditionsTest {

    /** A small entity to search: a name, an amount and a creation time, any of them possibly absent. */
    private record Row(String id, String name, BigDecimal amount, Instant createdAt) {
    }

    private static final SearchFields<Row> FIELDS = SearchFields.<Row>builder()
            .string("id", Row::id)
            .string("name", Row::name)
            .number("amount", Row::amount)
            .date("created_at", Row::createdAt)
            .build();

    private static final Instant T0 = Instant.parse("2024-05-01T00:00:00Z");
    private static final Row ACME = new Row("r1", "Acme GmbH", new BigDecimal("10.50"), T0);
    private static final Row GLOBEX = new Row("r2", "Globex", new BigDecimal("3"), T0.plusSeconds(60));
    private static final Row NAMELESS = new Row("r3", null, null, T0.plusSeconds(120));

    private static FilterCondition condition(String field, String operator, String dataType, FilterValue value) {
        return new FilterCondition(field, FilterOperator.fromWire(operator), FilterDataType.fromWire(dataType), value);
    }

    private static List<String> violationFields(Runnable build) {
        return catchThrowableOfType(ValidationException.class, build::run).violations().stream()
                .map(ValidationException.Violation::field).toList();
    }

    @Test
    void conditionWithoutFieldOperatorDataTypeOrValueNamesEachOfThem() {
        assertThat(violationFields(() -> new FilterCondition(" ", null, null, null)))
                .containsExactly("field", "operator", "data_type", "value");
    }

    @Test
    void operatorOfAnotherDataTypeIsRefused() {
        ValidationException invalid = catchThrowableOfType(ValidationException.class,
                () -> condition("name", "gt", "string", FilterValue.ofString("a")));

        assertThat(invalid.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("operator");
            assertThat(v.message()).contains("eq, contains, not_contains");
        });
    }

    @Test
    void everyDataTypeTakesExactlyItsOperators() {
        assertThat(Arrays.stream(FilterOperator.values()).filter(FilterDataType.STRING::allows))
                .containsExactly(FilterOperator.EQ, FilterOperator.CONTAINS, FilterOperator.NOT_CONTAINS);
        assertThat(Arrays.stream(FilterOperator.values()).filter(FilterDataType.NUMBER::allows))
                .containsExactly(FilterOperator.EQ, FilterOperator.GT, FilterOperator.LT);
        assertThat(Arrays.stream(FilterOperator.values()).filter(FilterDataType.DATE::allows))
                .containsExactly(FilterOperator.EQ, FilterOperator.BEFORE, FilterOperator.AFTER);
        assertThat(Arrays.stream(FilterOperator.values()).filter(FilterDataType.ARRAY::allows))
                .containsExactly(FilterOperator.IN, FilterOperator.NOT_IN);
    }

    @Test
    void valueMustCarryTheMemberOfItsDataType() {
        assertThat(violationFields(() -> condition("amount", "gt", "number", FilterValue.ofString("5"))))
                .containsExactly("value.number");
        assertThat(violationFields(
                () -> condition("created_at", "before", "date", FilterValue.ofNumber(BigDecimal.ONE))))
                .containsExactly("value.date");
        assertThat(violationFields(() -> condition("id", "in", "array", FilterValue.ofArray(List.of()))))
                .containsExactly("value.array");
        assertThat(violationFields(() -> condition("name", "eq", "string", FilterValue.ofArray(List.of("a")))))
                .containsExactly("value.string");
    }

    @Test
    void valuesAStoreCannotCompareAreRefusedNotFailedOn() {
        // 1,001 values would each be a bind parameter; 1e999999 and the year 300000 fit no stored column
        List<String> tooMany = java.util.stream.IntStream.rangeClosed(1, 1001).mapToObj(i -> "id" + i).toList();
        assertThat(violationFields(() -> condition("id", "in", "array", FilterValue.ofArray(tooMany))))
                .containsExactly("value.array");
        assertThat(violationFields(() -> condition("amount", "gt", "number",
                FilterValue.ofNumber(new BigDecimal("1e999999"))))).containsExactly("value.number");
        assertThat(violationFields(() -> condition("amount", "gt", "number",
                FilterValue.ofNumber(new BigDecimal("1e-41"))))).containsExactly("value.number");
        assertThat(violationFields(() -> condition("created_at", "before", "date",
                FilterValue.ofDate(Instant.parse("+300000-01-01T00:00:00Z"))))).containsExactly("value.date");
        // the limits themselves are fine
        condition("id", "in", "array", FilterValue.ofArray(tooMany.subList(0, 1000)));
        condition("amount", "gt", "number", FilterValue.ofNumber(new BigDecimal("1e39")));
        condition("created_at", "after", "date", FilterValue.ofDate(FilterCondition.EARLIEST_DATE));
    }

    @Test
    void unknownOperatorAndDataTypeAreRefusedWithTheWireValues() {
        assertThatThrownBy(() -> FilterOperator.fromWire("gte")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("operator: must be one of eq, contains, not_contains, gt, lt, in, not_in");
        assertThatThrownBy(() -> FilterDataType.fromWire("boolean")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("data_type: must be one of string, number, date, array");
    }

    @Test
    void sortNeedsFieldAndDirection() {
        assertThat(violationFields(() -> new SortCondition(null, null))).containsExactly("field", "direction");
    }

    @Test
    void admitNamesEveryUnknownFieldAndMismatchedTypeByPosition() {
        SearchConditions conditions = new SearchConditions(List.of(
                condition("name", "eq", "string", FilterValue.ofString("Acme GmbH")),
                condition("password", "eq", "string", FilterValue.ofString("x")),
                condition("amount", "in", "array", FilterValue.ofArray(List.of("3")))),
                List.of(new SortCondition("name", SortOrder.ASC), new SortCondition("secret", SortOrder.DESC)));

        ValidationException invalid = catchThrowableOfType(ValidationException.class, () -> FIELDS.admit(conditions));

        assertThat(invalid.violations()).extracting(ValidationException.Violation::field)
                .containsExactly("filters[1].field", "filters[2].data_type", "sort[1].field");
        assertThat(invalid.violations().get(0).message()).isEqualTo(
                "unknown field password; one of id, name, amount, created_at");
    }

    @Test
    void aStringFieldTakesArrayConditions() {
        SearchConditions conditions = new SearchConditions(List.of(
                condition("name", "in", "array", FilterValue.ofArray(List.of("Globex")))), List.of());

        assertThat(FIELDS.admit(conditions)).isSameAs(conditions);
    }

    @Test
    void moreThanFiftyConditionsAreRefused() {
        List<FilterCondition> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(condition("id", "eq", "string", FilterValue.ofString("r" + i)));
        }
        assertThat(violationFields(() -> new SearchConditions(many, List.of()))).containsExactly("filters");
    }

    @Test
    void everyOperatorMatchesAsDocumentedAndAbsentValuesMatchNothing() {
        assertThat(matching(condition("name", "eq", "string", FilterValue.ofString("Globex")))).containsExactly(GLOBEX);
        assertThat(matching(condition("name", "eq", "string", FilterValue.ofString("globex")))).isEmpty();
        assertThat(matching(condition("name", "contains", "string", FilterValue.ofString("ACME"))))
                .containsExactly(ACME);
        // not_contains: Globex only; the row without a name satisfies no condition
        assertThat(matching(condition("name", "not_contains", "string", FilterValue.ofString("gmbh"))))
                .containsExactly(GLOBEX);
        // 10.50 = 10.5 by value
        assertThat(matching(condition("amount", "eq", "number", FilterValue.ofNumber(new BigDecimal("10.5")))))
                .containsExactly(ACME);
        // strict: 3 is not greater than 3
        assertThat(matching(condition("amount", "gt", "number", FilterValue.ofNumber(new BigDecimal("3")))))
                .containsExactly(ACME);
        assertThat(matching(condition("amount", "lt", "number", FilterValue.ofNumber(new BigDecimal("10.5")))))
                .containsExactly(GLOBEX);
        assertThat(matching(condition("id", "in", "array", FilterValue.ofArray(List.of("r1", "r3")))))
                .containsExactly(ACME, NAMELESS);
        assertThat(matching(condition("id", "not_in", "array", FilterValue.ofArray(List.of("r1", "r3")))))
                .containsExactly(GLOBEX);
        assertThat(matching(condition("created_at", "before", "date", FilterValue.ofDate(T0.plusSeconds(60)))))
                .containsExactly(ACME);
        assertThat(matching(condition("created_at", "after", "date", FilterValue.ofDate(T0.plusSeconds(60)))))
                .containsExactly(NAMELESS);
        assertThat(matching(condition("created_at", "eq", "date", FilterValue.ofDate(T0)))).containsExactly(ACME);
    }

    @Test
    void conditionsAllHoldAtOnce() {
        SearchConditions both = new SearchConditions(List.of(
                condition("amount", "gt", "number", FilterValue.ofNumber(BigDecimal.ONE)),
                condition("name", "contains", "string", FilterValue.ofString("glob"))), List.of());

        assertThat(List.of(ACME, GLOBEX, NAMELESS).stream().filter(r -> FIELDS.matches(r, both)))
                .containsExactly(GLOBEX);
    }

    @Test
    void sortComesFirstThenTheListingOrderAndAbsentValuesGoLastAscendingFirstDescending() {
        Comparator<Row> newestFirst = Comparator.comparing(Row::createdAt).reversed();

        assertThat(sorted(new SortCondition("amount", SortOrder.ASC), newestFirst))
                .containsExactly(GLOBEX, ACME, NAMELESS);
        assertThat(sorted(new SortCondition("amount", SortOrder.DESC), newestFirst))
                .containsExactly(NAMELESS, ACME, GLOBEX);
        // equal sort keys fall back to the listing order
        Row twin = new Row("r4", "Globex", new BigDecimal("3"), T0.plusSeconds(180));
        assertThat(List.of(GLOBEX, twin).stream().sorted(FIELDS.order(new SearchConditions(List.of(),
                List.of(new SortCondition("name", SortOrder.ASC))), newestFirst))).containsExactly(twin, GLOBEX);
    }

    private static List<Row> matching(FilterCondition condition) {
        SearchConditions conditions = FIELDS.admit(new SearchConditions(List.of(condition), List.of()));
        return List.of(ACME, GLOBEX, NAMELESS).stream().filter(row -> FIELDS.matches(row, conditions)).toList();
    }

    private static List<Row> sorted(SortCondition sort, Comparator<Row> listingOrder) {
        return List.of(ACME, GLOBEX, NAMELESS).stream()
                .sorted(FIELDS.order(new SearchConditions(List.of(), List.of(sort)), listingOrder)).toList();
    }
}
