package io.flexprice.ports.application.coupon;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Fixtures.ACTOR;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponCadence;
import io.flexprice.domain.coupon.CouponType;
import io.flexprice.ports.in.coupon.CreateCouponCommand;
import io.flexprice.ports.in.coupon.UpdateCouponCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.coupon.CouponFilter;
import io.flexprice.ports.testing.FakeCouponRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManageCouponsServiceTest {

    private final FakeCouponRepository coupons = new FakeCouponRepository();
    private final ManageCouponsService service = new ManageCouponsService(coupons, new ImmediateTransactions(),
            new SequentialIdGenerator(), CLOCK);
    private final FindCouponsService find = new FindCouponsService(coupons);
    private final Caller caller = aCaller().build();

    static CreateCouponCommand tenOffThreeMonths() {
        return new CreateCouponCommand("Launch", CouponType.FIXED, new BigDecimal("10.00"), null,
                Currency.getInstance("USD"), CouponCadence.REPEATED, 3, null, null, 100, Map.of("plan", "pro"),
                Map.of("campaign", "launch"));
    }

    @Test
    void createStoresAPublishedCouponWithNoRedemptionsYet() {
        Coupon created = service.create(caller, tenOffThreeMonths());

        assertThat(created.id().value()).isEqualTo("coupon_0001");
        assertThat(created.status()).isEqualTo(Status.PUBLISHED);
        assertThat(created.totalRedemptions()).isZero();
        assertThat(created.audit().createdAt()).isEqualTo(NOW);
        assertThat(created.audit().createdBy()).isEqualTo(ACTOR);
        assertThat(find.get(caller, created.id())).isEqualTo(created);
    }

    @Test
    void createReportsEveryInvalidTermAndStoresNothing() {
        assertThat(fieldsRejected(() -> service.create(caller, new CreateCouponCommand(" ", CouponType.PERCENTAGE,
                null, new BigDecimal("120"), null, CouponCadence.ONCE, 2, null, null, 0, null, null))))
                .containsExactly("name", "percentage_off", "duration_in_periods", "max_redemptions");
        assertThat(coupons.all()).isEmpty();
    }

    @Test
    void updateChangesTheNameAndMetadataOnly() {
        Coupon created = service.create(caller, tenOffThreeMonths());

        Coupon renamed = service.update(caller, created.id(), new UpdateCouponCommand("Spring", null));

        assertThat(renamed.name()).isEqualTo("Spring");
        assertThat(renamed.metadata()).isEqualTo(created.metadata());
        assertThat(renamed.amountOff()).isEqualByComparingTo("10.00");
        assertThat(fieldsRejected(() -> service.update(caller, created.id(), new UpdateCouponCommand("", null))))
                .containsExactly("name");
    }

    @Test
    void deleteRemovesTheCouponFromReads() {
        Coupon created = service.create(caller, tenOffThreeMonths());

        service.delete(caller, created.id());

        assertThatThrownBy(() -> find.get(caller, created.id())).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.COUPON_NOT_FOUND));
        assertThatThrownBy(() -> service.delete(caller, created.id())).isInstanceOf(NotFoundException.class);
        assertThat(find.search(caller, CouponFilter.ALL_LIVE, PageRequest.first(10)).total()).isZero();
        assertThat(find.search(caller, new CouponFilter(List.of(), Status.DELETED), PageRequest.first(10)).items())
                .extracting(Coupon::id).containsExactly(created.id());
    }

    @Test
    void aCouponOfAnotherEnvironmentIsNotFound() {
        Coupon created = service.create(caller, tenOffThreeMonths());
        Caller elsewhere = aCaller().in(OTHER_ENVIRONMENT).build();

        assertThatThrownBy(() -> find.get(elsewhere, created.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.update(elsewhere, created.id(), new UpdateCouponCommand("x", null)))
                .isInstanceOf(NotFoundException.class);
    }
}
