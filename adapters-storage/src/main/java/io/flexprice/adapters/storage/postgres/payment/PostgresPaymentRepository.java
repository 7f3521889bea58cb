package io.flexprice.adapters.storage.postgres.payment;

import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.payment.Payment;
import io.flexprice.domain.payment.PaymentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.payment.PaymentFilter;
import io.flexprice.ports.out.payment.PaymentRepository;
import jakarta.inject.Inject;
import java.util.Optional;

/** Payments. A payment's invoice is a stored invoice of the same scope ({@code payments_invoice_fkey}). */
public final class PostgresPaymentRepository implements PaymentRepository {

    private final PaymentMapper mapper;

    @Inject
    public PostgresPaymentRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(PaymentMapper.class);
    }

    @Override
    public void insert(Payment payment) {
        mapper.insert(PaymentRow.from(payment));
    }

    /**
     * @throws IllegalStateException if the payment is not stored in its scope
     */
    @Override
    public void update(Payment payment) {
        PostgresErrors.requireOneUpdated(mapper.update(PaymentRow.from(payment)), payment.id());
    }

    @Override
    public Optional<Payment> findById(Scope scope, PaymentId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(PaymentRow::toDomain);
    }

    @Override
    public Page<Payment> search(Scope scope, PaymentFilter filter, PageRequest page) {
        return new Page<>(mapper.search(scope, filter, page).stream().map(PaymentRow::toDomain).toList(),
                mapper.count(scope, filter), page.limit(), page.offset());
    }
}
