package io.flexprice.adapters.http.costsheet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.costsheet.Profitability;
import io.flexprice.domain.money.Money;
import io.flexprice.ports.in.costsheet.CostAnalytics;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * FlexPrice's {@code dto.GetDetailedCostAnalyticsResponse}: amounts as exact decimal strings (not rounded to the
 * currency's minor unit: analytics, not an invoice), ratios with 6 decimals. Each item is one customer's usage of
 * one meter. Extensions on an item: {@code feature_id}, {@code feature_name}, {@code total_revenue},
 * {@code margin}, {@code margin_percent}; on a period point: {@code revenue}, {@code margin}.
 * {@code total_events} is not served.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CostAnalyticsResponse(List<Item> costAnalytics, String currency, Instant startTime, Instant endTime,
                                    String totalCost, String totalRevenue, String margin, String marginPercent,
                                    String roi, String roiPercent) {

    public static CostAnalyticsResponse from(CostAnalytics analytics) {
        Profitability totals = analytics.totals();
        String costsheet = analytics.costsheetId() == null ? null : analytics.costsheetId().value();
        String currency = analytics.currency().getCurrencyCode().toLowerCase(Locale.ROOT);
        return new CostAnalyticsResponse(analytics.items().stream().map(i -> Item.from(i, costsheet, currency)).toList(),
                currency, analytics.start(), analytics.end(), amount(totals.cost()), amount(totals.revenue()),
                amount(totals.margin()), decimal(totals.marginPercent()), decimal(totals.roi()),
                decimal(totals.roiPercent()));
    }

    static String amount(Money money) {
        return decimal(money.amount());
    }

    static String decimal(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** FlexPrice's {@code dto.CostAnalyticItem}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Item(String costsheetId, String currency, String customerId, String externalCustomerId,
                       String meterId, String meterName, String priceId, String featureId, String featureName,
                       String totalQuantity, String totalCost, String totalRevenue, String margin,
                       String marginPercent, List<Point> costByPeriod) {

        static Item from(CostAnalytics.Item item, String costsheetId, String currency) {
            Profitability p = item.profitability();
            return new Item(costsheetId, currency, item.customer().id().value(), item.customer().externalId(),
                    item.meter().id().value(), item.meter().name(),
                    item.costPrice() == null ? null : item.costPrice().id().value(),
                    item.feature() == null ? null : item.feature().id().value(),
                    item.feature() == null ? null : item.feature().name(), decimal(item.quantity()),
                    amount(item.cost()), amount(item.revenue()), amount(p.margin()), decimal(p.marginPercent()),
                    item.points().isEmpty() ? null : item.points().stream().map(Point::from).toList());
        }
    }

    /** FlexPrice's {@code dto.CostPoint}, with {@code revenue} and {@code margin}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Point(Instant timestamp, String quantity, String cost, String revenue, String margin) {

        static Point from(CostAnalytics.Point point) {
            return new Point(point.start(), decimal(point.quantity()), amount(point.cost()), amount(point.revenue()),
                    amount(point.revenue().minus(point.cost())));
        }
    }
}
