package io.flexprice.ports.application.coupon;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponAssociation;
import io.flexprice.domain.coupon.CouponCadence;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.domain.coupon.CouponType;
import io.flexprice.domain.money.CurrencyMismatchException;
import io.flexprice.ports.in.coupon.AttachCouponCommand;
import io.flexprice.ports.in.coupon.CreateCouponCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.testing.FakeCouponAssociationRepository;
import io.flexprice.ports.testing.FakeCouponRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttachCouponServiceTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    private final FakeCouponRepository coupons = new FakeCouponRepository();
    private final FakeCouponAssociationRepository associations = new FakeCouponAssociationRepository();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final ManageCouponsService manage = new ManageCouponsService(coupons, transactions, ids, CLOCK);
    private final AttachCouponService service = new AttachCouponService(coupons, associations, transactions, ids,
            CLOCK);
    private final Caller caller = aCaller().build();

    private Coupon coupon(Integer maxRedemptions, Instant redeemBefore) {
        return manage.create(caller, new CreateCouponCommand("Ten off", CouponType.FIXED, new BigDecimal("10"), null,
                USD, CouponCadence.ONCE, null, null, redeemBefore, maxRedemptions, null, null));
    }

    private static AttachCouponCommand attach(CouponId id, String subscriptionId, Currency currency) {
        return new AttachCouponCommand(id, subscriptionId, null, currency, NOW, null, Map.of("source", "test"));
    }

    @Test
    void attachingRedeemsTheCouponAndStoresTheAssociationInOneUnitOfWork() {
        Coupon coupon = coupon(2, null);

        CouponAssociation attached = service.attach(caller, attach(coupon.id(), "sub_1", USD));

        assertThat(attached.couponId()).isEqualTo(coupon.id());
        assertThat(attached.subscriptionId()).isEqualTo("sub_1");
        assertThat(attached.isActiveAt(NOW)).isTrue();
        assertThat(coupons.stored(coupon.id()).totalRedemptions()).isEqualTo(1);
        assertThat(associations.findLiveBySubscription(caller.scope(), "sub_1")).containsExactly(attached);
        assertThat(transactions.units()).isEqualTo(1); // the attachment (the coupon's creation is one write)
    }

    @Test
    void beyondTheMaximumTheCouponIsRefusedAndNothingIsStored() {
        Coupon coupon = coupon(1, null);
        service.attach(caller, attach(coupon.id(), "sub_1", USD));

        assertThatThrownBy(() -> service.attach(caller, attach(coupon.id(), "sub_2", USD)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.COUPON_REDEMPTION_LIMIT_REACHED));
        assertThat(associations.findLiveBySubscription(caller.scope(), "sub_2")).isEmpty();
        assertThat(coupons.stored(coupon.id()).totalRedemptions()).isEqualTo(1);
    }

    @Test
    void anExpiredCouponIsNotRedeemable() {
        // redeem_before is NOW: the window [.., NOW) no longer contains NOW
        Coupon coupon = coupon(null, NOW);

        assertThatThrownBy(() -> service.attach(caller, attach(coupon.id(), "sub_1", USD)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.COUPON_NOT_REDEEMABLE));
    }

    @Test
    void aFixedCouponOfAnotherCurrencyIsRefusedBeforeItIsRedeemed() {
        Coupon coupon = coupon(null, null);

        assertThatThrownBy(() -> service.attach(caller, attach(coupon.id(), "sub_1", EUR)))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThat(coupons.stored(coupon.id()).totalRedemptions()).isZero();
    }

    @Test
    void anInvalidAssociationOrAnUnknownCouponChangesNothing() {
        Coupon coupon = coupon(null, null);

        assertThat(fieldsRejected(() -> service.attach(caller,
                new AttachCouponCommand(null, " ", null, null, null, null, null))))
                .containsExactly("coupon_id", "subscription_id", "start_date");
        assertThatThrownBy(() -> service.attach(caller, attach(CouponId.of("coupon_nope"), "sub_1", USD)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.COUPON_NOT_FOUND));
        assertThat(coupons.stored(coupon.id()).totalRedemptions()).isZero();
        assertThat(associations.all()).isEmpty();
    }
}
