package io.flexprice.domain.payment;

import static io.flexprice.domain.Fixtures.AUDIT;
import static io.flexprice.domain.Fixtures.SCOPE;
import static io.flexprice.domain.Fixtures.T0;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.money.Monies.jpy;
import static io.flexprice.domain.money.Monies.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.money.Money;
import org.junit.jupiter.api.Test;

class PaymentTest {

    private static Payment pending(Money amount, PaymentMethodType method) {
        return Payment.pending(PaymentId.of("pay_1"), SCOPE, InvoiceId.of("inv_1"), amount, method, null, null, AUDIT);
    }

    @Test
    void offlineAndCreditsPaymentsAreRecordedAndOthersNeedAGateway() {
        assertThat(pending(usd("1.00"), PaymentMethodType.OFFLINE).paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(pending(usd("1.00"), PaymentMethodType.CREDITS).paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        for (PaymentMethodType method : new PaymentMethodType[] {PaymentMethodType.CARD, PaymentMethodType.ACH,
                PaymentMethodType.PAYMENT_LINK}) {
            assertThatThrownBy(() -> pending(usd("1.00"), method)).isInstanceOfSatisfying(ValidationException.class,
                    e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_METHOD_NOT_SUPPORTED);
                        assertThat(e.violations().get(0).field()).isEqualTo("payment_method_type");
                    });
        }
    }

    @Test
    void anAmountIsPositiveAndWholeMinorUnits() {
        assertThat(fieldsRejected(() -> pending(usd("0"), PaymentMethodType.OFFLINE))).containsExactly("amount");
        assertThat(fieldsRejected(() -> pending(usd("0.005"), PaymentMethodType.OFFLINE))).containsExactly("amount");
        assertThat(fieldsRejected(() -> pending(jpy("1.5"), PaymentMethodType.OFFLINE))).containsExactly("amount");
    }

    @Test
    void aPendingPaymentSucceedsOnceAndASucceededOneIsNeverDeleted() {
        Payment succeeded = pending(usd("1.00"), PaymentMethodType.OFFLINE).succeeded(T0, AUDIT);

        assertThat(succeeded.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(succeeded.succeededAt()).isEqualTo(T0);
        assertThatThrownBy(() -> succeeded.succeeded(T0, AUDIT)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_NOT_PENDING));
        assertThatThrownBy(() -> succeeded.deleted(AUDIT)).isInstanceOf(ConflictException.class);
        assertThat(pending(usd("1.00"), PaymentMethodType.OFFLINE).deleted(AUDIT).status()).isEqualTo(Status.DELETED);
    }
}
