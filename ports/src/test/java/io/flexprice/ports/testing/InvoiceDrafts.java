package io.flexprice.ports.testing;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.PriceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/** Test fixtures: subscription sub_1's March 2024 charges for customer cust_stored_1, in dollars. */
public final class InvoiceDrafts {

    public static final Currency USD = Currency.getInstance("USD");
    public static final Period MARCH = new Period(Instant.parse("2024-03-01T00:00:00Z"),
            Instant.parse("2024-04-01T00:00:00Z"));
    public static final Period APRIL = new Period(Instant.parse("2024-04-01T00:00:00Z"),
            Instant.parse("2024-05-01T00:00:00Z"));

    private InvoiceDrafts() {
    }

    public static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }

    /** sub_1's charges for {@code period}: one FIXED line per amount. */
    public static InvoiceDraft charges(Period period, String... amounts) {
        List<InvoiceDraft.Line> lines = Arrays.stream(amounts).map(amount -> new InvoiceDraft.Line(null,
                PriceType.FIXED, null, null, null, null, "Pro", "Seats", BigDecimal.ONE, usd(amount), period, null))
                .toList();
        return InvoiceDraft.forPeriod(CustomerId.of("cust_stored_1"), "sub_1", period, USD, lines);
    }
}
