package io.flexprice.ports.testing;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.payment.Payment;
import io.flexprice.domain.payment.PaymentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.payment.PaymentFilter;
import io.flexprice.ports.out.payment.PaymentRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Payments in a map. */
public final class FakePaymentRepository implements PaymentRepository {

    private final Map<List<Object>, Payment> payments = new LinkedHashMap<>();

    @Override
    public void insert(Payment payment) {
        if (payments.putIfAbsent(key(payment.scope(), payment.id()), payment) != null) {
            throw new IllegalStateException("payment " + payment.id() + " is already stored");
        }
    }

    @Override
    public void update(Payment payment) {
        if (payments.replace(key(payment.scope(), payment.id()), payment) == null) {
            throw new IllegalStateException("payment " + payment.id() + " is not stored");
        }
    }

    @Override
    public Optional<Payment> findById(Scope scope, PaymentId id) {
        return Optional.ofNullable(payments.get(key(scope, id)));
    }

    @Override
    public Page<Payment> search(Scope scope, PaymentFilter filter, PageRequest page) {
        return Pages.of(payments.values().stream()
                .filter(p -> p.scope().equals(scope))
                .filter(p -> Pages.matchesAny(filter.paymentIds(), p.id().value()))
                .filter(p -> Pages.matchesAny(filter.invoiceIds(), p.invoiceId().value()))
                .filter(p -> Pages.matchesAny(filter.methodTypes(), p.methodType()))
                .filter(p -> Pages.matchesAny(filter.paymentStatuses(), p.paymentStatus()))
                .filter(p -> Pages.matchesStatus(filter.status(), p.status()))
                .toList(), page);
    }

    public List<Payment> all() {
        return List.copyOf(payments.values());
    }

    private static List<Object> key(Scope scope, PaymentId id) {
        return List.of(scope, id);
    }
}
