package io.flexprice.sdk.events;

import io.flexprice.sdk.common.WindowSize;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.GetUsageByMeterRequest}, for {@code POST /v1/events/usage/meter}: a meter's usage.
 *
 * @param meterId the meter
 * @param customerId the customer's FlexPrice id
 * @param externalCustomerId your id of the customer
 * @param startTime the range's inclusive start
 * @param endTime the range's exclusive end
 * @param windowSize when set, a value per window of this size
 * @param billingAnchor for MONTH windows: the instant monthly windows start from
 * @param filters only events whose property has one of these values
 * @param timezone an IANA zone for the windows (an extension of this server)
 */
public record UsageByMeterParams(String meterId, String customerId, String externalCustomerId, Instant startTime,
                                 Instant endTime, WindowSize windowSize, Instant billingAnchor,
                                 Map<String, List<String>> filters, String timezone) {

    public UsageByMeterParams {
        filters = filters == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.meterId = meterId;
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

    /** Builds a {@link UsageByMeterParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String meterId;
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

        /** The meter. */
        public Builder meterId(String meterId) {
            this.meterId = meterId;
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

        public UsageByMeterParams build() {
            return new UsageByMeterParams(meterId, customerId, externalCustomerId, startTime, endTime, windowSize, billingAnchor, filters, timezone);
        }
    }
}
