package io.flexprice.domain.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields of one kind of entity that a search's {@code filters} and {@code sort} may name: the entity's
 * snake_case wire name, its type, and how to read it from the entity (as the API shows it: enums by their wire
 * value, currencies in lower case). It is the whitelist both stores use: the in-memory one evaluates conditions
 * with {@link #matches} and {@link #order}, the Postgres one renders only the columns of these names.
 *
 * <p>Semantics, the same in every store: a field without a value (null) satisfies no condition; {@code eq}
 * is exact (numbers by value), {@code contains} / {@code not_contains} compare case-insensitively,
 * {@code gt} / {@code lt} / {@code before} / {@code after} are strict, {@code in} / {@code not_in} match the
 * string exactly. Sorting puts fields without a value last when ascending and first when descending; strings
 * sort by code point.
 */
public final class SearchFields<T> {

    private final Map<String, Field<T>> fields;

    private SearchFields(Map<String, Field<T>> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The field of this name, if searchable. */
    public Optional<Field<T>> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** The searchable field names, in declaration order. */
    public List<String> names() {
        return List.copyOf(fields.keySet());
    }

    /**
     * The conditions if every field they name is one of these and every filter's data type suits its field;
     * otherwise a {@link ValidationException} naming each offending condition by position
     * ({@code filters[1].field}, {@code sort[0].field}, {@code filters[2].data_type}).
     */
    public SearchConditions admit(SearchConditions conditions) {
        if (conditions == null) {
            return SearchConditions.NONE;
        }
        Violations violations = new Violations();
        for (int i = 0; i < conditions.filters().size(); i++) {
            FilterCondition condition = conditions.filters().get(i);
            Field<T> field = fields.get(condition.field());
            if (field == null) {
                violations.add("filters[" + i + "].field", unknown(condition.field()));
            } else if (!field.admits(condition.dataType())) {
                violations.add("filters[" + i + "].data_type", "field " + field.name() + " is a "
                        + field.type().wireValue() + "; use data_type " + field.type().wireValue()
                        + (field.type() == FilterDataType.STRING ? " or array" : ""));
            }
        }
        for (int i = 0; i < conditions.sort().size(); i++) {
            String name = conditions.sort().get(i).field();
            if (!fields.containsKey(name)) {
                violations.add("sort[" + i + "].field", unknown(name));
            }
        }
        violations.throwIfAny();
        return conditions;
    }

    /** Whether the entity satisfies every filter of the conditions (admitted by {@link #admit}). */
    public boolean matches(T entity, SearchConditions conditions) {
        for (FilterCondition condition : conditions.filters()) {
            if (!matches(entity, condition)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The conditions' sort, then {@code listingOrder} (the listing's own order, which ends with a unique id so
     * that pages neither skip nor repeat a row).
     */
    public Comparator<T> order(SearchConditions conditions, Comparator<T> listingOrder) {
        Comparator<T> order = null;
        for (SortCondition sort : conditions.sort()) {
            Field<T> field = requireField(sort.field());
            Comparator<T> ascending = Comparator.comparing(field::read, Comparator.nullsLast(Field::compare));
            Comparator<T> next = sort.direction() == PageRequest.SortOrder.DESC ? ascending.reversed() : ascending;
            order = order == null ? next : order.thenComparing(next);
        }
        return order == null ? listingOrder : order.thenComparing(listingOrder);
    }

    private boolean matches(T entity, FilterCondition condition) {
        Object actual = requireField(condition.field()).read(entity);
        if (actual == null) {
            return false;
        }
        FilterValue value = condition.value();
        return switch (condition.operator()) {
            case EQ -> switch (condition.dataType()) {
                case STRING -> actual.equals(value.string());
                case NUMBER -> ((BigDecimal) actual).compareTo(value.number()) == 0;
                case DATE -> actual.equals(value.date());
                case ARRAY -> throw new IllegalStateException("eq does not take an array");
            };
            case CONTAINS -> folded(actual).contains(folded(value.string()));
            case NOT_CONTAINS -> !folded(actual).contains(folded(value.string()));
            case GT -> ((BigDecimal) actual).compareTo(value.number()) > 0;
            case LT -> ((BigDecimal) actual).compareTo(value.number()) < 0;
            case IN -> value.array().contains(actual);
            case NOT_IN -> !value.array().contains(actual);
            case BEFORE -> ((Instant) actual).isBefore(value.date());
            case AFTER -> ((Instant) actual).isAfter(value.date());
        };
    }

    private Field<T> requireField(String name) {
        Field<T> field = fields.get(name);
        if (field == null) {
            throw new IllegalArgumentException("not a searchable field: " + name + " (conditions not admitted)");
        }
        return field;
    }

    private String unknown(String name) {
        return "unknown field " + name + "; one of " + String.join(", ", fields.keySet());
    }

    private static String folded(Object text) {
        return ((String) text).toLowerCase(Locale.ROOT);
    }

    /** One searchable field: its wire name, its type, and how to read it (null when the entity has none). */
    public record Field<T>(String name, FilterDataType type, Function<T, ?> reader) {

        public Field {
            if (name == null || name.isBlank() || type == null || type == FilterDataType.ARRAY || reader == null) {
                throw new IllegalArgumentException("a field needs a name, a string, number or date type and a reader");
            }
        }

        /** A filter of this data type applies to the field: its own type, or an array for a string field. */
        public boolean admits(FilterDataType dataType) {
            return dataType == type || dataType == FilterDataType.ARRAY && type == FilterDataType.STRING;
        }

        Object read(T entity) {
            return reader.apply(entity);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static int compare(Object a, Object b) {
            return ((Comparable) a).compareTo(b);
        }
    }

    /** Declares the fields, each once. */
    public static final class Builder<T> {

        private final Map<String, Field<T>> fields = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder<T> string(String name, Function<T, String> reader) {
            return add(new Field<>(name, FilterDataType.STRING, reader));
        }

        public Builder<T> number(String name, Function<T, BigDecimal> reader) {
            return add(new Field<>(name, FilterDataType.NUMBER, reader));
        }

        public Builder<T> date(String name, Function<T, Instant> reader) {
            return add(new Field<>(name, FilterDataType.DATE, reader));
        }

        private Builder<T> add(Field<T> field) {
            if (fields.putIfAbsent(field.name(), field) != null) {
                throw new IllegalArgumentException("field declared twice: " + field.name());
            }
            return this;
        }

        public SearchFields<T> build() {
            return new SearchFields<>(fields);
        }
    }
}
