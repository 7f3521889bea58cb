package io.flexprice.sdk.costs;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * FlexPrice's {@code dto.GetDetailedCostAnalyticsResponse}: amounts exact (not rounded to the currency's minor unit),
 * one item per customer and meter. Revenue and margin are this server's extensions.
 *
 * @param costAnalytics one item per customer and meter
 * @param currency ISO 4217 code in lower case
 * @param startTime the period analysed: its start
 * @param endTime its end
 * @param totalCost what the usage cost
 * @param totalRevenue what it was charged
 * @param margin revenue less cost
 * @param marginPercent margin over revenue, in percent
 * @param roi margin over cost
 * @param roiPercent the same in percent
 */
public record CostAnalytics(List<Item> costAnalytics, String currency, Instant startTime, Instant endTime,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalCost,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalRevenue,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal margin,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal marginPercent,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal roi,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal roiPercent) {

    public CostAnalytics {
        costAnalytics = costAnalytics == null ? List.of() : List.copyOf(costAnalytics);
    }

    /**
     * FlexPrice's {@code dto.CostAnalyticItem}: one customer's usage of one meter.
     *
     * @param costsheetId the costsheet
     * @param currency ISO 4217 code in lower case
     * @param customerId the customer
     * @param externalCustomerId its id of yours
     * @param meterId the meter
     * @param meterName its name
     * @param priceId the cost price
     * @param featureId the meter's feature
     * @param featureName its name
     * @param totalQuantity the usage
     * @param totalCost what it cost
     * @param totalRevenue what it was charged
     * @param margin revenue less cost
     * @param marginPercent margin over revenue, in percent
     * @param costByPeriod per window, when a window size was asked
     */
    public record Item(String costsheetId, String currency, String customerId, String externalCustomerId,
                       String meterId, String meterName, String priceId, String featureId, String featureName,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalQuantity,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalCost,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalRevenue,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal margin,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal marginPercent,
                       List<Point> costByPeriod) {

        public Item {
            costByPeriod = costByPeriod == null ? List.of() : List.copyOf(costByPeriod);
        }
    }

    /**
     * FlexPrice's {@code dto.CostPoint}, with revenue and margin.
     *
     * @param timestamp the window's start
     * @param quantity the usage
     * @param cost what it cost
     * @param revenue what it was charged
     * @param margin revenue less cost
     */
    public record Point(Instant timestamp, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cost,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenue,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal margin) {
    }
}
