package io.flexprice.adapters.http.costsheet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.domain.money.Money;
import io.flexprice.ports.in.costsheet.CostAnalyticsRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * FlexPrice's {@code dto.GetCostAnalyticsRequest}: {@code start_time} and {@code end_time} (default: the last 7
 * days), {@code external_customer_id}, {@code feature_ids}; {@code limit} and {@code offset} page the customers
 * analysed when no customer is named (default 50). {@code expand} is accepted and ignored. Extensions:
 * {@code window_size} (MINUTE to MONTH: {@code cost_by_period} per window), {@code timezone} for the windows
 * (default UTC), {@code currency} (default: the active costsheet's).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CostAnalyticsWireRequest(String startTime, String endTime, String externalCustomerId,
                                       List<String> featureIds, List<String> expand, Integer limit, Integer offset,
                                       String windowSize, String timezone, String currency) {

    public static final CostAnalyticsWireRequest DEFAULT =
            new CostAnalyticsWireRequest(null, null, null, null, null, null, null, null, null, null);

    public CostAnalyticsRequest toRequest() {
        WireParser wire = new WireParser();
        Instant start = wire.instant(startTime, "start_time");
        Instant end = wire.instant(endTime, "end_time");
        WindowSize window = wire.windowSize(windowSize, "window_size");
        ZoneId zone = wire.zone(timezone, "timezone");
        Currency unit = currency == null || currency.isBlank() ? null
                : wire.parse(() -> Money.parseCurrency(currency, "currency"));
        PageRequest page = wire.page(limit == null ? 50 : limit, offset, "asc");
        CostAnalyticsRequest request = wire.parse(() -> new CostAnalyticsRequest(start, end, externalCustomerId,
                WireParser.list(featureIds), window, zone, unit, page));
        wire.throwIfInvalid();
        return request;
    }
}
