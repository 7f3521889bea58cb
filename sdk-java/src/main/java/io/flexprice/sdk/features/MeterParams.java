package io.flexprice.sdk.features;

import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code dto.CreateMeterRequest}: the meter a metered feature is created with.
 *
 * @param name the meter's name (defaults to the feature's)
 * @param eventName the events it counts
 * @param aggregation how it aggregates them
 * @param filters which of them it counts
 * @param resetUsage when usage starts again from zero
 */
public record MeterParams(String name, String eventName, Aggregation aggregation, List<MeterFilter> filters,
                          ResetUsage resetUsage) {

    public MeterParams {
        filters = filters == null ? null : List.copyOf(filters);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.eventName = eventName;
        builder.aggregation = aggregation;
        builder.filters = filters == null ? null : new ArrayList<>(filters);
        builder.resetUsage = resetUsage;
        return builder;
    }

    /** Builds a {@link MeterParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String name;
        private String eventName;
        private Aggregation aggregation;
        private List<MeterFilter> filters;
        private ResetUsage resetUsage;

        private Builder() {
        }

        /** The meter's name (defaults to the feature's). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The events it counts. */
        public Builder eventName(String eventName) {
            this.eventName = eventName;
            return this;
        }

        /** How it aggregates them. */
        public Builder aggregation(Aggregation aggregation) {
            this.aggregation = aggregation;
            return this;
        }

        /** Which of them it counts. */
        public Builder filters(List<MeterFilter> filters) {
            this.filters = filters == null ? null : new ArrayList<>(filters);
            return this;
        }

        /** Adds one to filters. */
        public Builder addFilter(MeterFilter filter) {
            if (this.filters == null) {
                this.filters = new ArrayList<>();
            }
            this.filters.add(filter);
            return this;
        }

        /** When usage starts again from zero. */
        public Builder resetUsage(ResetUsage resetUsage) {
            this.resetUsage = resetUsage;
            return this;
        }

        public MeterParams build() {
            return new MeterParams(name, eventName, aggregation, filters, resetUsage);
        }
    }
}
