package io.flexprice.domain.coupon;

import static io.flexprice.domain.Fixtures.AUDIT;
import static io.flexprice.domain.Fixtures.SCOPE;
import static io.flexprice.domain.Fixtures.at;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Status;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CouponAssociationTest {

    private static final Instant START = at("2024-01-15T00:00:00Z");
    private static final Instant END = at("2024-04-15T00:00:00Z");

    private static CouponAssociation association(Instant start, Instant end) {
        return new CouponAssociation(CouponAssociationId.of("ca_1"), SCOPE, CouponId.of("coupon_1"), "sub_1", " ",
                start, end, null, Status.PUBLISHED, AUDIT);
    }

    @Test
    void activeFromItsStartUntilBeforeItsEnd() {
        CouponAssociation association = association(START, END);

        assertThat(association.isActiveAt(START.minusNanos(1))).isFalse();
        assertThat(association.isActiveAt(START)).isTrue();
        assertThat(association.isActiveAt(END.minusNanos(1))).isTrue();
        assertThat(association.isActiveAt(END)).isFalse();
        assertThat(association(START, null).isActiveAt(at("2999-01-01T00:00:00Z"))).isTrue();
        assertThat(association.subscriptionLineItemId()).isNull();
    }

    @Test
    void endingOrDeletingStopsIt() {
        CouponAssociation association = association(START, null);

        assertThat(association.endedAt(END, AUDIT).isActiveAt(END)).isFalse();
        assertThat(association.deleted(AUDIT).isActiveAt(START)).isFalse();
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        assertThat(fieldsRejected(() -> new CouponAssociation(CouponAssociationId.of("ca_1"), SCOPE, null, " ", null,
                null, END, null, Status.PUBLISHED, AUDIT)))
                .containsExactly("coupon_id", "subscription_id", "start_date");
        assertThat(fieldsRejected(() -> association(END, START))).containsExactly("end_date");
    }
}
