package io.flexprice.adapters.storage.postgres.payment;

import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.payment.PaymentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.payment.PaymentFilter;
import java.util.List;

/** The SQL is in PaymentMapper.xml. */
interface PaymentMapper {

    int insert(PaymentRow row);

    int update(PaymentRow row);

    PaymentRow findById(Scope scope, PaymentId id);

    List<PaymentRow> search(Scope scope, PaymentFilter filter, PageRequest page);

    long count(Scope scope, PaymentFilter filter);
}
