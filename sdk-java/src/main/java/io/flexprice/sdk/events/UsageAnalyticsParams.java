package io.flexprice.sdk.events;

import io.flexprice.sdk.common.WindowSize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code dto.GetUsageAnalyticsRequest} as this server answers it: one customer's usage per feature and
 * what its subscriptions charge for it.
 *
 * @param externalCustomerId the customer (your id for it; required)
 * @param startTime the period: its start
 * @param endTime its end
 * @param featureIds only these features
 * @param windowSize usage and charge per window of this size as well
 * @param timezone the windows' time zone (default UTC)
 */
public record UsageAnalyticsParams(String externalCustomerId, Instant startTime, Instant endTime,
                                   List<String> featureIds, WindowSize windowSize, String timezone) {

    public UsageAnalyticsParams {
        featureIds = featureIds == null ? null : List.copyOf(featureIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link UsageAnalyticsParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String externalCustomerId;
        private Instant startTime;
        private Instant endTime;
        private List<String> featureIds;
        private WindowSize windowSize;
        private String timezone;

        private Builder() {
        }

        /** The customer (your id for it; required). */
        public Builder externalCustomerId(String externalCustomerId) {
            this.externalCustomerId = externalCustomerId;
            return this;
        }

        /** The period: its start. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Its end. */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** Adds one feature to analyse (default: every feature the customer used). */
        public Builder addFeatureId(String featureId) {
            if (featureIds == null) {
                featureIds = new ArrayList<>();
            }
            featureIds.add(featureId);
            return this;
        }

        /** Usage and charge per window of this size as well. */
        public Builder windowSize(WindowSize windowSize) {
            this.windowSize = windowSize;
            return this;
        }

        /** The windows' time zone (default UTC). */
        public Builder timezone(String timezone) {
            this.timezone = timezone;
            return this;
        }

        public UsageAnalyticsParams build() {
            return new UsageAnalyticsParams(externalCustomerId, startTime, endTime, featureIds, windowSize, timezone);
        }
    }
}
