package io.flexprice.sdk.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * FlexPrice's {@code dto.GetUsageAnalyticsResponse}: per feature the usage and what the customer's subscriptions
 * charge for it, exact (not rounded to the currency's minor unit).
 *
 * @param currency ISO 4217 code in lower case
 * @param items one per feature
 * @param totalCost what every item charges together
 */
public record UsageAnalytics(String currency, List<Item> items,
                             @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalCost) {

    public UsageAnalytics {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * FlexPrice's {@code dto.UsageAnalyticItem}: one feature's usage.
     *
     * @param featureId the feature
     * @param name its name
     * @param eventName the events its meter counts
     * @param meterId the meter
     * @param aggregationType how the meter aggregates (SUM, COUNT...)
     * @param unit the feature's unit
     * @param unitPlural its plural
     * @param totalUsage the usage in the period
     * @param totalCost what the subscriptions charge for it
     * @param currency ISO 4217 code in lower case
     * @param windowSize the windows' size, when asked for
     * @param points per window, when asked for
     */
    public record Item(String featureId, String name, String eventName, String meterId, String aggregationType,
                       String unit, String unitPlural,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalUsage,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalCost, String currency,
                       String windowSize, List<Point> points) {

        public Item {
            points = points == null ? List.of() : List.copyOf(points);
        }
    }

    /**
     * One window's usage and charge.
     *
     * @param timestamp the window's start
     * @param usage the usage in it
     * @param cost its charge
     */
    public record Point(Instant timestamp, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal usage,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cost) {
    }
}
