package io.flexprice.sdk.costs;

import io.flexprice.sdk.common.WindowSize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code dto.GetCostAnalyticsRequest}. This server's extensions: {@code windowSize} (a cost per window),
 * {@code timezone} for the windows, {@code currency} (default: the active costsheet's).
 *
 * @param startTime the period: its start (default: 7 days ago)
 * @param endTime its end (default: now)
 * @param externalCustomerId only this customer (by your id)
 * @param featureIds only these features
 * @param limit customers analysed when none is named (default 50)
 * @param offset the first of them
 * @param windowSize a cost per window of this size
 * @param timezone the windows' time zone (default UTC)
 * @param currency the currency
 */
public record CostAnalyticsParams(Instant startTime, Instant endTime, String externalCustomerId,
                                  List<String> featureIds, Integer limit, Integer offset, WindowSize windowSize,
                                  String timezone, String currency) {

    public CostAnalyticsParams {
        featureIds = featureIds == null ? null : List.copyOf(featureIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.startTime(startTime);
        b.endTime(endTime);
        b.externalCustomerId(externalCustomerId);
        b.featureIds(featureIds);
        b.limit(limit);
        b.offset(offset);
        b.windowSize(windowSize);
        b.timezone(timezone);
        b.currency(currency);
        return b;
    }

    /** Builds a {@link CostAnalyticsParams}; unset fields are left out of the request. */
    public static final class Builder {
        private Instant startTime;
        private Instant endTime;
        private String externalCustomerId;
        private List<String> featureIds;
        private Integer limit;
        private Integer offset;
        private WindowSize windowSize;
        private String timezone;
        private String currency;

        private Builder() {
        }

        /** The period: its start (default: 7 days ago). */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Its end (default: now). */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** Only this customer (by your id). */
        public Builder externalCustomerId(String externalCustomerId) {
            this.externalCustomerId = externalCustomerId;
            return this;
        }

        /** Only these features. */
        public Builder featureIds(List<String> featureIds) {
            this.featureIds = featureIds == null ? null : new ArrayList<>(featureIds);
            return this;
        }

        /** Adds one to featureIds. */
        public Builder addFeatureId(String value) {
            if (this.featureIds == null) {
                this.featureIds = new ArrayList<>();
            }
            this.featureIds.add(value);
            return this;
        }

        /** Customers analysed when none is named (default 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** The first of them. */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /** A cost per window of this size. */
        public Builder windowSize(WindowSize windowSize) {
            this.windowSize = windowSize;
            return this;
        }

        /** The windows' time zone (default UTC). */
        public Builder timezone(String timezone) {
            this.timezone = timezone;
            return this;
        }

        /** The currency. */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public CostAnalyticsParams build() {
            return new CostAnalyticsParams(startTime, endTime, externalCustomerId, featureIds, limit, offset,
                    windowSize, timezone, currency);
        }
    }
}
