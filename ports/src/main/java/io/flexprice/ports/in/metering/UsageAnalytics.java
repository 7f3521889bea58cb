package io.flexprice.ports.in.metering;

import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A customer's usage over {@code [start, end)} per meter ({@code items}; the feature is the meter's, when one
 * exists): the quantity used and what the customer's subscriptions charge for it, in {@code currency} (that of the
 * customer's subscriptions; USD when the customer has none), optionally per window ({@code points}).
 */
public record UsageAnalytics(Instant start, Instant end, Currency currency, List<Item> items, Money totalCharge) {

    public UsageAnalytics {
        items = List.copyOf(items);
        Objects.requireNonNull(totalCharge, "totalCharge");
    }

    /** One meter's usage and charge, with its windows. */
    public record Item(Meter meter, Feature feature, BigDecimal usage, Money charge, List<Point> points) {

        public Item {
            points = List.copyOf(points);
        }
    }

    /** One window of an item: from {@code start} to the next window's start (or the range's end). */
    public record Point(Instant start, BigDecimal usage, Money charge) {
    }
}
