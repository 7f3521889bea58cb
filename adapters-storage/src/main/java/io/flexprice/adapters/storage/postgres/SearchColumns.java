package io.flexprice.adapters.storage.postgres;

import io.flexprice.domain.common.FilterCondition;
import io.flexprice.domain.common.FilterDataType;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.SearchFields;
import io.flexprice.domain.common.SortCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL of one table's searchable fields: each field of the entity's {@link SearchFields} is the column of
 * the same name unless declared otherwise ({@code lower(currency)} where the table keeps the upper-case code the
 * API shows in lower case). {@link #render} turns admitted conditions into the parts {@code SearchMapper.xml}'s
 * shared fragments write: the SQL text comes only from this whitelist and the enums, every value is a bound
 * parameter.
 */
public final class SearchColumns<T> {

    private final SearchFields<T> fields;
    private final Map<String, String> columns = new HashMap<>();

    private SearchColumns(SearchFields<T> fields) {
        this.fields = fields;
        fields.names().forEach(name -> columns.put(name, name));
    }

    public static <T> SearchColumns<T> of(SearchFields<T> fields) {
        return new SearchColumns<>(fields);
    }

    /** The field is read by this SQL expression (a constant of the repository, never caller text). */
    public SearchColumns<T> with(String field, String expression) {
        if (!columns.containsKey(field)) {
            throw new IllegalArgumentException("not a searchable field: " + field);
        }
        columns.put(field, expression);
        return this;
    }

    /** The conditions (admitted by the entity's {@link SearchFields}) as SQL parts. */
    public Sql render(SearchConditions conditions) {
        List<Predicate> predicates = conditions.filters().stream().map(this::predicate).toList();
        List<String> order = conditions.sort().stream().map(this::orderTerm).toList();
        return new Sql(predicates, order);
    }

    private Predicate predicate(FilterCondition condition) {
        String column = column(condition.field());
        var value = condition.value();
        String form = switch (condition.operator()) {
            case EQ -> switch (condition.dataType()) {
                case STRING -> "eq_text";
                case NUMBER -> "eq_number";
                case DATE -> "eq_date";
                case ARRAY -> throw new IllegalStateException("eq does not take an array");
            };
            default -> condition.operator().wireValue();
        };
        return new Predicate(column, form, value.string(), value.number(), value.date(), value.array());
    }

    private String orderTerm(SortCondition sort) {
        String column = column(sort.field());
        boolean text = fields.field(sort.field()).orElseThrow().type() == FilterDataType.STRING;
        // Byte order for text, as Java's String order, so both stores page alike whatever the database's locale.
        return column + (text ? " COLLATE \"C\"" : "")
                + (sort.direction() == PageRequest.SortOrder.DESC ? " DESC" : " ASC");
    }

    private String column(String field) {
        String column = columns.get(field);
        if (column == null) {
            throw new IllegalArgumentException("not a searchable field: " + field + " (conditions not admitted)");
        }
        return column;
    }

    /** What {@code SearchMapper.xml} writes: the predicates, AND-ed, and the order terms, before the listing's. */
    public record Sql(List<Predicate> filters, List<String> order) {

        public static final Sql NONE = new Sql(List.of(), List.of());
    }

    /**
     * One predicate: a whitelisted column, the form of comparison ({@code eq_text}, {@code contains}, {@code in},
     * ...) and the bound value of that form.
     */
    public record Predicate(String column, String form, String text, BigDecimal number, Instant date,
                            List<String> values) {
    }
}
