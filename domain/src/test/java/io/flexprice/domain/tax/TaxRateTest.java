package io.flexprice.domain.tax;

import static io.flexprice.domain.Fixtures.AUDIT;
import static io.flexprice.domain.Fixtures.SCOPE;
import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.money.Monies.JPY;
import static io.flexprice.domain.money.Monies.eur;
import static io.flexprice.domain.money.Monies.jpy;
import static io.flexprice.domain.money.Monies.kwd;
import static io.flexprice.domain.money.Monies.usd;
import static io.flexprice.domain.tax.TaxRates.fixed;
import static io.flexprice.domain.tax.TaxRates.percent;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.money.Money;
import org.junit.jupiter.api.Test;

class TaxRateTest {

    @Test
    void aPercentageRateTaxesItsShareUnrounded() {
        // 19.99 × 7.25 / 100 = 1.449275 (the invoice rounds it once, to 1.45)
        assertThat(percent("r", "7.25").taxOn(usd("19.99"))).isEqualTo(usd("1.449275"));
        // 1.234 KWD × 5 % = 0.0617
        assertThat(percent("r", "5").taxOn(kwd("1.234"))).isEqualTo(kwd("0.0617"));
        assertThat(percent("r", "0").taxOn(usd("100"))).isEqualTo(Money.zero(usd("0").currency()));
    }

    @Test
    void aFixedRateAddsItsValueInTheTaxableCurrencyButNothingOnZero() {
        assertThat(fixed("r", "1.50").taxOn(eur("0.01"))).isEqualTo(eur("1.50"));
        assertThat(fixed("r", "1.50").taxOn(usd("1000"))).isEqualTo(usd("1.5"));
        assertThat(fixed("r", "100").taxOn(jpy("0"))).isEqualTo(Money.zero(JPY));
    }

    @Test
    void aNegativeTaxableAmountIsRefused() {
        assertThat(fieldsRejected(() -> percent("r", "20").taxOn(usd("-0.01")))).containsExactly("taxable_amount");
    }

    @Test
    void onlyALiveActiveRateIsInForce() {
        TaxRate vat = percent("vat", "20");

        assertThat(vat.isInForce()).isTrue();
        assertThat(TaxRates.inactive(vat).isInForce()).isFalse();
        assertThat(vat.deleted(AUDIT).isInForce()).isFalse();
        assertThat(vat.rateScope()).isEqualTo(TaxRateScope.INTERNAL);
        assertThat(vat.rateStatus()).isEqualTo(TaxRateStatus.ACTIVE);
    }

    @Test
    void everyInvalidTermIsReportedAtOnce() {
        assertThat(fieldsRejected(() -> new TaxRate(TaxRateId.of("r"), SCOPE, "", " vat", null,
                TaxRateType.PERCENTAGE, dec("100.5"), dec("-1"), null, null, Metadata.EMPTY, Status.PUBLISHED, AUDIT)))
                .containsExactly("name", "code", "percentage_value", "fixed_value", "fixed_value");
        assertThat(fieldsRejected(() -> new TaxRate(TaxRateId.of("r"), SCOPE, "VAT", "vat", null, TaxRateType.FIXED,
                dec("5"), null, null, null, null, Status.PUBLISHED, AUDIT)))
                .containsExactly("percentage_value", "fixed_value");
        assertThat(fieldsRejected(() -> new TaxRate(TaxRateId.of("r"), SCOPE, "VAT", null, null, null, null, null,
                null, null, null, Status.PUBLISHED, AUDIT))).containsExactly("code", "tax_rate_type");
    }

    @Test
    void detailsChangeWithoutTouchingTheValue() {
        TaxRate vat = percent("vat", "20");

        TaxRate changed = vat.withDetails("VAT DE", "vat_de", "German VAT", TaxRateStatus.INACTIVE, Metadata.EMPTY,
                AUDIT);

        assertThat(changed.code()).isEqualTo("vat_de");
        assertThat(changed.percentageValue()).isEqualByComparingTo("20");
        assertThat(changed.rateStatus()).isEqualTo(TaxRateStatus.INACTIVE);
        assertThat(TaxRateType.fromWire("Percentage")).isEqualTo(TaxRateType.PERCENTAGE);
        assertThat(TaxRateScope.fromWire("onetime")).isEqualTo(TaxRateScope.ONETIME);
        assertThat(TaxEntityType.fromWire("SUBSCRIPTION")).isEqualTo(TaxEntityType.SUBSCRIPTION);
        assertThat(fieldsRejected(() -> TaxEntityType.fromWire("invoice"))).containsExactly("entity_type");
        assertThat(fieldsRejected(() -> TaxRateStatus.fromWire("on"))).containsExactly("tax_rate_status");
    }
}
