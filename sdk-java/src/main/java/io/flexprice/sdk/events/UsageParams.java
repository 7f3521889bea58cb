package io.flexprice.sdk.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.flexprice.sdk.common.WindowSize;
import io.flexprice.sdk.features.AggregationType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.GetUsageRequest}, for {@code POST /v1/events/usage}: an ad hoc aggregation of events.
 *
 * @param eventName the events aggregated
 * @param aggregationType the aggregation
 * @param propertyName the property aggregated (not for COUNT)
 * @param multiplier the factor of SUM_WITH_MULTIPLIER
 * @param bucketSize for bucketed MAX and SUM
 * @param groupByProperty for MAX: the property whose groups are aggregated separately, then summed
 * @param customerId the customer's FlexPrice id
 * @param externalCustomerId your id of the customer
 * @param startTime the range's inclusive start
 * @param endTime the range's exclusive end
 * @param windowSize when set, a value per window of this size
 * @param billingAnchor for MONTH windows: the instant monthly windows start from
 * @param filters only events whose property has one of these values
 * @param timezone an IANA zone for the windows (an extension of this server)
 */
public record UsageParams(String eventName, AggregationType aggregationType, String propertyName,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal multiplier, WindowSize bucketSize,
                          String groupByProperty, String customerId, String externalCustomerId, Instant startTime,
                          Instant endTime, WindowSize windowSize, Instant billingAnchor,
                          Map<String, List<String>> filters, String timezone) {

    public UsageParams {
        filters = filters == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.eventName = eventName;
        builder.aggregationType = aggregationType;
        builder.propertyName = propertyName;
        builder.multiplier = multiplier;
        builder.bucketSize = bucketSize;
        builder.groupByProperty = groupByProperty;
        builder.customerId = customerId;
        builder.externalCustomerId = externalCustomerId;
        builder.startTime = startTime;
        builder.endTime = endTime;
        builder.windowSize = windowSize;
        builder.billingAnchor = billingAnchor;
        builder.filters = filters == null ? null : new LinkedHashMap<>(filters);
        builder.timezone = timezone;
        return builder;
    }

    /** Builds a {@link UsageParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String eventName;
        private AggregationType aggregationType;
        private String propertyName;
        private BigDecimal multiplier;
        private WindowSize bucketSize;
        private String groupByProperty;
        private String customerId;
        private String externalCustomerId;
        private Instant startTime;
        private Instant endTime;
        private WindowSize windowSize;
        private Instant billingAnchor;
        private Map<String, List<String>> filters;
        private String timezone;

        private Builder() {
        }

        /** The events aggregated. */
        public Builder eventName(String eventName) {
            this.eventName = eventName;
            return this;
        }

        /** The aggregation. */
        public Builder aggregationType(AggregationType aggregationType) {
            this.aggregationType = aggregationType;
            return this;
        }

        /** The property aggregated (not for COUNT). */
        public Builder propertyName(String propertyName) {
            this.propertyName = propertyName;
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

        /** For bucketed MAX and SUM. */
        public Builder bucketSize(WindowSize bucketSize) {
            this.bucketSize = bucketSize;
            return this;
        }

        /** For MAX: the property whose groups are aggregated separately, then summed. */
        public Builder groupByProperty(String groupByProperty) {
            this.groupByProperty = groupByProperty;
            return this;
        }

        /** The customer's FlexPrice id. */
        public Builder customerId(String customerId) {
            this.customerId = customerId;
            return this;
        }

        /** Your id of the customer. */
        public Builder externalCustomerId(String externalCustomerId) {
            this.externalCustomerId = externalCustomerId;
            return this;
        }

        /** The range's inclusive start. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** The range's exclusive end. */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** When set, a value per window of this size. */
        public Builder windowSize(WindowSize windowSize) {
            this.windowSize = windowSize;
            return this;
        }

        /** For MONTH windows: the instant monthly windows start from. */
        public Builder billingAnchor(Instant billingAnchor) {
            this.billingAnchor = billingAnchor;
            return this;
        }

        /** Only events whose property has one of these values. */
        public Builder filters(Map<String, List<String>> filters) {
            this.filters = filters == null ? null : new LinkedHashMap<>(filters);
            return this;
        }

        /** Sets one entry of filters. */
        public Builder putFilter(String key, List<String> value) {
            if (this.filters == null) {
                this.filters = new LinkedHashMap<>();
            }
            this.filters.put(key, value);
            return this;
        }

        /** An IANA zone for the windows (an extension of this server). */
        public Builder timezone(String timezone) {
            this.timezone = timezone;
            return this;
        }

        public UsageParams build() {
            return new UsageParams(eventName, aggregationType, propertyName, multiplier, bucketSize, groupByProperty, customerId, externalCustomerId, startTime, endTime, windowSize, billingAnchor, filters, timezone);
        }
    }
}
