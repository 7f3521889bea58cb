package io.flexprice.domain.costsheet;

import static io.flexprice.domain.money.Monies.eur;
import static io.flexprice.domain.money.Monies.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.money.CurrencyMismatchException;
import org.junit.jupiter.api.Test;

class ProfitabilityTest {

    @Test
    void marginAndReturnOnCost() {
        Profitability p = new Profitability(usd("120.00"), usd("45.00"));

        assertThat(p.margin()).isEqualTo(usd("75.00"));                 // 120 - 45
        assertThat(p.marginPercent()).isEqualByComparingTo("62.5");     // 75 / 120 × 100
        assertThat(p.roi()).isEqualByComparingTo("1.666667");           // 75 / 45 = 1.6666..., 6 decimals half-up
        assertThat(p.roiPercent()).isEqualByComparingTo("166.666667");  // 7500 / 45
    }

    @Test
    void noRevenueOrNoCostGivesZeroRatiosAndALossIsNegative() {
        Profitability loss = new Profitability(usd("0"), usd("10.50"));
        Profitability free = new Profitability(usd("10"), usd("0"));

        assertThat(loss.margin()).isEqualTo(usd("-10.50"));
        assertThat(loss.marginPercent()).isEqualByComparingTo("0");
        assertThat(loss.roi()).isEqualByComparingTo("-1");               // -10.50 / 10.50
        assertThat(free.roi()).isEqualByComparingTo("0");
        assertThat(free.marginPercent()).isEqualByComparingTo("100");    // 10 / 10 × 100
    }

    @Test
    void twoCurrenciesAreNeverMixed() {
        assertThatThrownBy(() -> new Profitability(usd("1"), eur("1"))).isInstanceOf(CurrencyMismatchException.class);
    }
}
