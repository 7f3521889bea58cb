package io.flexprice.sdk.features;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.flexprice.sdk.common.WindowSize;
import java.math.BigDecimal;

/**
 * FlexPrice's {@code meter.Aggregation}: how a meter turns events into a number. {@code multiplier} travels as
 * a decimal string, as FlexPrice writes it.
 *
 * @param type the aggregation
 * @param field the event property aggregated (not for COUNT)
 * @param multiplier the factor of SUM_WITH_MULTIPLIER
 * @param bucketSize for bucketed MAX and SUM: the bucket each value is taken per
 * @param groupBy for MAX: the property whose groups are aggregated separately, then summed
 */
public record Aggregation(AggregationType type, String field,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal multiplier, WindowSize bucketSize,
                          String groupBy) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.type = type;
        builder.field = field;
        builder.multiplier = multiplier;
        builder.bucketSize = bucketSize;
        builder.groupBy = groupBy;
        return builder;
    }

    /** Builds a {@link Aggregation}; unset fields are left out of the request. */
    public static final class Builder {
        private AggregationType type;
        private String field;
        private BigDecimal multiplier;
        private WindowSize bucketSize;
        private String groupBy;

        private Builder() {
        }

        /** The aggregation. */
        public Builder type(AggregationType type) {
            this.type = type;
            return this;
        }

        /** The event property aggregated (not for COUNT). */
        public Builder field(String field) {
            this.field = field;
            return this;
        }

        /** The factor of SUM_WITH_MULTIPLIER. */
        public Builder multiplier(BigDecimal multiplier) {
            this.multiplier = multiplier;
            return this;
        }

        /** The factor of SUM_WITH_MULTIPLIER, from its decimal text ({@code "12.34"}). */
        public Builder multiplier(String multiplier) {
            this.multiplier = multiplier == null ? null : new BigDecimal(multiplier);
            return this;
        }

        /** For bucketed MAX and SUM: the bucket each value is taken per. */
        public Builder bucketSize(WindowSize bucketSize) {
            this.bucketSize = bucketSize;
            return this;
        }

        /** For MAX: the property whose groups are aggregated separately, then summed. */
        public Builder groupBy(String groupBy) {
            this.groupBy = groupBy;
            return this;
        }

        public Aggregation build() {
            return new Aggregation(type, field, multiplier, bucketSize, groupBy);
        }
    }
}
