package io.flexprice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponCadence;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.domain.coupon.CouponType;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.domain.tax.TaxRateType;
import io.flexprice.domain.tenancy.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The coupons and taxes example of domain/README.md, as written there. */
class CouponsAndTaxesReadmeExampleTest {

    @Test
    void aTwentyPercentCouponThenNineteenPercentVat() {
        Scope scope = Scope.of("tenant_1", "env_1");
        Audit audit = Audit.createdBy("admin", Instant.parse("2026-01-01T00:00:00Z"));
        Coupon launch = new Coupon(CouponId.of("coupon_1"), scope, "Launch", CouponType.PERCENTAGE, null,
                new BigDecimal("20"), null, CouponCadence.REPEATED, 3, null, null, 100, 0, null, null,
                Status.PUBLISHED, audit);
        TaxRate vat = new TaxRate(TaxRateId.of("taxrate_1"), scope, "VAT", "VAT_DE", null, TaxRateType.PERCENTAGE,
                new BigDecimal("19"), null, null, null, null, Status.PUBLISHED, audit);

        Money subtotal = new Money(new BigDecimal("49.99"), Currency.getInstance("EUR"));
        Money discount = launch.discountOn(subtotal);  // 49.99 × 20 % = 9.998, unrounded
        Money taxable = subtotal.minus(discount);      // 39.992
        Money tax = vat.taxOn(taxable);                // 39.992 × 19 % = 7.59848; the invoice rounds once
        boolean fourthPeriod = launch.appliesInPeriod(4); // false: REPEATED for 3 periods

        assertThat(discount.amount()).isEqualByComparingTo("9.998");
        assertThat(taxable.amount()).isEqualByComparingTo("39.992");
        assertThat(tax.amount()).isEqualByComparingTo("7.59848");
        assertThat(fourthPeriod).isFalse();
    }
}
