package io.flexprice.ports.application.billing;

import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.EARLIER;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Status;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponCadence;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.domain.coupon.CouponType;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.DiscountType;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.invoice.TaxType;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.domain.tax.TaxRateStatus;
import io.flexprice.domain.tax.TaxRateType;
import io.flexprice.ports.out.invoice.InvoiceCouponsAndTaxes.CouponRequest;
import io.flexprice.ports.testing.FakeCouponAssociationRepository;
import io.flexprice.ports.testing.FakeCouponRepository;
import io.flexprice.ports.testing.FakeTaxRateRepository;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogCouponsAndTaxesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final CustomerId CUSTOMER = CustomerId.of("cust_1");

    private final FakeCouponRepository coupons = new FakeCouponRepository();
    private final FakeTaxRateRepository rates = new FakeTaxRateRepository();
    private final CatalogCouponsAndTaxes catalog = new CatalogCouponsAndTaxes(coupons,
            new FakeCouponAssociationRepository(), rates, CLOCK);

    @BeforeEach
    void catalog() {
        coupons.insert(coupon("coupon_pct", CouponType.PERCENTAGE, null, new BigDecimal("15"), null, null));
        coupons.insert(coupon("coupon_usd", CouponType.FIXED, new BigDecimal("5.00"), null, USD, null));
        coupons.insert(coupon("coupon_closed", CouponType.PERCENTAGE, null, BigDecimal.TEN, null, NOW));
        rates.insert(rate("tax_vat", TaxRateType.PERCENTAGE, new BigDecimal("19"), null, TaxRateStatus.ACTIVE));
        rates.insert(rate("tax_fee", TaxRateType.FIXED, null, new BigDecimal("1.50"), TaxRateStatus.ACTIVE));
        rates.insert(rate("tax_off", TaxRateType.PERCENTAGE, BigDecimal.ONE, null, TaxRateStatus.INACTIVE));
    }

    @Test
    void couponsBecomeDiscountsInOrderOnTheLinesTheyName() {
        List<InvoiceDraft.Discount> discounts = catalog.discounts(SCOPE, CUSTOMER, USD, List.of(
                new CouponRequest("coupon_pct", null, null), new CouponRequest("coupon_usd", null, 1)), "coupons");

        assertThat(discounts).containsExactly(
                new InvoiceDraft.Discount("coupon_pct", null, DiscountType.PERCENTAGE, new BigDecimal("15"), null),
                new InvoiceDraft.Discount("coupon_usd", null, DiscountType.FIXED, new BigDecimal("5.00"), 1));
    }

    @Test
    void unknownUnredeemableAndOtherCurrencyCouponsAreRefusedTogether() {
        assertThat(fieldsRejected(() -> catalog.discounts(SCOPE, CUSTOMER, EUR, List.of(
                new CouponRequest("coupon_nope", null, null), new CouponRequest("coupon_closed", null, null),
                new CouponRequest("coupon_usd", null, null), new CouponRequest("coupon_pct", null, null)),
                "coupons"))).containsExactly("coupons[0].coupon_id", "coupons[1].coupon_id", "coupons[2].coupon_id");
    }

    @Test
    void activeTaxRatesBecomeTaxesAndOthersAreRefused() {
        assertThat(catalog.taxes(SCOPE, CUSTOMER, List.of("tax_vat", "tax_fee"), "tax_rates")).containsExactly(
                new InvoiceDraft.Tax("tax_vat", null, TaxType.PERCENTAGE, new BigDecimal("19")),
                new InvoiceDraft.Tax("tax_fee", null, TaxType.FIXED, new BigDecimal("1.50")));
        assertThat(fieldsRejected(() -> catalog.taxes(SCOPE, CUSTOMER, List.of("tax_vat", "tax_off", "tax_nope"),
                "tax_rates"))).containsExactly("tax_rates[1]", "tax_rates[2]");
    }

    private static Coupon coupon(String id, CouponType type, BigDecimal amountOff, BigDecimal percentageOff,
                                 Currency currency, java.time.Instant redeemBefore) {
        return new Coupon(CouponId.of(id), SCOPE, id, type, amountOff, percentageOff, currency, CouponCadence.FOREVER,
                null, null, redeemBefore, null, 0, null, null, Status.PUBLISHED, EARLIER);
    }

    private static TaxRate rate(String id, TaxRateType type, BigDecimal percentage, BigDecimal fixed,
                                TaxRateStatus status) {
        return new TaxRate(TaxRateId.of(id), SCOPE, id, id.toUpperCase(), null, type, percentage, fixed, null, status,
                null, Status.PUBLISHED, EARLIER);
    }
}
