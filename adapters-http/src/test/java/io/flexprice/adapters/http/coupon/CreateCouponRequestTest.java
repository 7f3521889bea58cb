package io.flexprice.adapters.http.coupon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.coupon.CouponCadence;
import io.flexprice.domain.coupon.CouponType;
import io.flexprice.ports.in.coupon.CreateCouponCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CreateCouponRequestTest {

    private static CreateCouponRequest request(String type, String amountOff, String percentageOff, String currency,
                                               String cadence, String redeemAfter) {
        return new CreateCouponRequest("Launch", type, amountOff, percentageOff, currency, cadence, null, 5,
                redeemAfter, "2024-06-01T00:00:00+02:00", null, null);
    }

    @Test
    void aFixedCouponKeepsItsAmountExactlyAsSentAndItsCurrency() {
        CreateCouponCommand command = request("fixed", "10.50", null, "usd", "once", "2024-05-01T00:00:00Z")
                .toCommand();

        assertThat(command.type()).isEqualTo(CouponType.FIXED);
        assertThat(command.amountOff()).isEqualTo(new BigDecimal("10.50"));
        assertThat(command.currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(command.cadence()).isEqualTo(CouponCadence.ONCE);
        assertThat(command.redeemAfter()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(command.redeemBefore()).isEqualTo(Instant.parse("2024-05-31T22:00:00Z"));
        assertThat(command.maxRedemptions()).isEqualTo(5);
    }

    @Test
    void aPercentageCouponDropsItsCurrencyAsFlexPriceDoes() {
        assertThat(request("percentage", null, "15", "eur", "forever", null).toCommand().currency()).isNull();
    }

    @Test
    void everyUnreadableFieldIsReportedAtOnce() {
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> request("half", "1e3", "ten", "xyz", "weekly", "tomorrow").toCommand()).violations())
                .extracting(ValidationException.Violation::field)
                .containsExactly("type", "cadence", "amount_off", "percentage_off", "currency", "redeem_after");
    }
}
