package io.flexprice.adapters.http.metering;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.money.Money;
import io.flexprice.ports.in.metering.UsageAnalytics;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * FlexPrice's {@code dto.GetUsageAnalyticsResponse}: per feature (per meter when no feature has it) the usage
 * ({@code total_usage}) and what the customer's subscriptions charge for it ({@code total_cost}, unrounded decimal
 * strings), with {@code points} per window when a {@code window_size} was asked for.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UsageAnalyticsResponse(String currency, List<Item> items, String totalCost) {

    public static UsageAnalyticsResponse from(UsageAnalytics analytics, String windowSize) {
        String currency = analytics.currency().getCurrencyCode().toLowerCase(Locale.ROOT);
        return new UsageAnalyticsResponse(currency,
                analytics.items().stream().map(i -> Item.from(i, currency, windowSize)).toList(),
                amount(analytics.totalCharge()));
    }

    static String amount(Money money) {
        return decimal(money.amount());
    }

    static String decimal(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** FlexPrice's {@code dto.UsageAnalyticItem}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Item(String featureId, String name, String eventName, String meterId, String aggregationType,
                       String unit, String unitPlural, String totalUsage, String totalCost, String currency,
                       String windowSize, List<Point> points) {

        static Item from(UsageAnalytics.Item item, String currency, String windowSize) {
            var feature = item.feature();
            var meter = item.meter();
            return new Item(feature == null ? null : feature.id().value(),
                    feature == null ? meter.name() : feature.name(), meter.eventName(), meter.id().value(),
                    meter.aggregation().type().name(), feature == null ? null : feature.unitSingular(),
                    feature == null ? null : feature.unitPlural(), decimal(item.usage()), amount(item.charge()),
                    currency, windowSize, item.points().isEmpty() ? null
                            : item.points().stream().map(Point::from).toList());
        }
    }

    /** FlexPrice's {@code dto.UsageAnalyticPoint}: one window's usage and charge. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Point(Instant timestamp, String usage, String cost) {

        static Point from(UsageAnalytics.Point point) {
            return new Point(point.start(), decimal(point.usage()), amount(point.charge()));
        }
    }
}
