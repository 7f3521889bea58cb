package io.flexprice.ports.in.payment;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.payment.Payment;
import io.flexprice.domain.payment.PaymentId;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.payment.PaymentFilter;

public interface FindPaymentsQuery {

    /**
     * @throws io.flexprice.domain.common.NotFoundException if there is no live payment with this id
     */
    Payment get(Caller caller, PaymentId id);

    Page<Payment> search(Caller caller, PaymentFilter filter, PageRequest page);
}
