package io.flexprice.ports.in.costsheet;

import io.flexprice.domain.costsheet.CostsheetId;
import io.flexprice.domain.costsheet.Profitability;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.ListedPrice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Revenue, cost and margin over {@code [start, end)}: in total ({@code totals}) and per customer and meter
 * ({@code items}; the feature is the meter's, when one exists), optionally per window ({@code points}).
 * {@code costsheetId} is the active costsheet's, null when there is none (every cost is then zero).
 */
public record CostAnalytics(Instant start, Instant end, Currency currency, CostsheetId costsheetId,
                            List<Item> items, Profitability totals) {

    public CostAnalytics {
        items = List.copyOf(items);
        Objects.requireNonNull(totals, "totals");
    }

    /**
     * One customer's usage of one meter: the quantity used, what it cost us under the costsheet's prices of the
     * meter ({@code costPrice} the latest of them, null when the costsheet prices the meter not), and what the
     * customer's subscriptions charge for it.
     */
    public record Item(Customer customer, Meter meter, Feature feature, ListedPrice costPrice, BigDecimal quantity,
                       Money cost, Money revenue, List<Point> points) {

        public Item {
            points = List.copyOf(points);
        }

        public Profitability profitability() {
            return new Profitability(revenue, cost);
        }
    }

    /** One window of an item: from {@code start} to the next window's start (or the range's end). */
    public record Point(Instant start, BigDecimal quantity, Money cost, Money revenue) {
    }
}
