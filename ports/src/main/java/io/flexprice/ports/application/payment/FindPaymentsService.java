package io.flexprice.ports.application.payment;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.payment.Payment;
import io.flexprice.domain.payment.PaymentId;
import io.flexprice.ports.in.payment.FindPaymentsQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.payment.PaymentFilter;
import io.flexprice.ports.out.payment.PaymentRepository;

public final class FindPaymentsService implements FindPaymentsQuery {

    private final PaymentRepository payments;

    public FindPaymentsService(PaymentRepository payments) {
        this.payments = payments;
    }

    @Override
    public Payment get(Caller caller, PaymentId id) {
        return ManagePaymentsService.live(payments, caller.scope(), id);
    }

    @Override
    public Page<Payment> search(Caller caller, PaymentFilter filter, PageRequest page) {
        return payments.search(caller.scope(), filter, page);
    }
}
