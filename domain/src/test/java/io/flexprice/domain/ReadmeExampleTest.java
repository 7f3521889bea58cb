package io.flexprice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.billing.BillingSchedule;
import io.flexprice.domain.billing.Fraction;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.billing.PeriodUnit;
import io.flexprice.domain.billing.Proration;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.metering.EventProperties;
import io.flexprice.domain.metering.UsageCalculator;
import io.flexprice.domain.metering.UsageQuery;
import io.flexprice.domain.metering.UsageResult;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceCalculator;
import io.flexprice.domain.pricing.PriceTier;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.domain.tenancy.Scope;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples of domain/README.md, as written there. */
class ReadmeExampleTest {

    @Test
    void theMeteringExampleSumsTwoHundredTokensInOneDay() {
        Scope scope = Scope.of("tenant_1", "env_1");
        Instant at = Instant.parse("2026-01-10T12:00:00Z");
        List<Event> events = List.of(
                new Event(scope, EventId.of("e1"), "api_call", "acme", null, at, null,
                        EventProperties.of(Map.<String, Object>of("tokens", new BigDecimal("120"))), at),
                new Event(scope, EventId.of("e2"), "api_call", "acme", null, at.plusSeconds(60), null,
                        EventProperties.of(Map.<String, Object>of("tokens", "80")), at));

        UsageQuery query = new UsageQuery("api_call", Aggregation.of(AggregationType.SUM, "tokens"), List.of(),
                "acme", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"),
                WindowSize.DAY, ZoneId.of("Europe/Berlin"), null);

        UsageResult usage = UsageCalculator.compute(query, events); // value 200, one DAY window

        assertThat(usage.value()).isEqualByComparingTo("200");
        assertThat(usage.windows()).hasSize(1);
    }

    @Test
    void theSlabExampleCostsTenPointZeroTwoFiveRoundedToTenPointZeroThree() {
        Price slab = new Price(PriceType.USAGE, BillingModel.TIERED, Currency.getInstance("USD"), null,
                TierMode.SLAB, List.of(new PriceTier(new BigDecimal("100"), new BigDecimal("0.10"), BigDecimal.ZERO),
                        new PriceTier(null, new BigDecimal("0.05"), BigDecimal.ZERO)),
                null, BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ARREAR, null);

        Money exact = PriceCalculator.amount(slab, new BigDecimal("100.5")); // 100 × 0.10 + 0.5 × 0.05 = 10.025
        Money line = exact.roundedToMinorUnit();                             // 10.03

        assertThat(exact.amount()).isEqualByComparingTo("10.025");
        assertThat(line.amount()).isEqualByComparingTo("10.03");
    }

    @Test
    void theBillingExampleProratesFebruaryFromTheTenth() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant start = Instant.parse("2026-01-15T09:00:00Z");
        BillingSchedule monthly = new BillingSchedule(PeriodUnit.MONTHLY, 1, BillingCycle.CALENDAR, start, berlin);

        Period january = monthly.firstPeriod(start);   // [2026-01-15T09:00Z, 2026-01-31T23:00Z), Feb 1 00:00 CET
        Period february = monthly.nextPeriod(january); // [2026-01-31T23:00Z, 2026-02-28T23:00Z)
        Fraction left = Proration.fraction(february, Instant.parse("2026-02-10T12:00:00Z"),
                Proration.Strategy.DAY_BASED, berlin); // Feb 10 .. Feb 28: 19/28
        BigDecimal charge = left.multiply(new BigDecimal("28.00"), MathContext.DECIMAL128); // 19.00

        assertThat(january).isEqualTo(new Period(start, Instant.parse("2026-01-31T23:00:00Z")));
        assertThat(february).isEqualTo(
                new Period(Instant.parse("2026-01-31T23:00:00Z"), Instant.parse("2026-02-28T23:00:00Z")));
        assertThat(left).isEqualTo(Fraction.of(19, 28));
        assertThat(charge).isEqualByComparingTo("19.00");
    }
}
