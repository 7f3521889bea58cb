package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.payment.Payment;
import io.flexprice.domain.payment.PaymentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.payment.PaymentFilter;
import io.flexprice.ports.out.payment.PaymentRepository;
import jakarta.inject.Inject;
import java.util.Optional;

/** Payments in memory, per scope. */
public final class InMemoryPaymentRepository implements PaymentRepository {

    private final Partitions<Scope, PaymentId, Payment> payments = new Partitions<>();

    @Inject
    public InMemoryPaymentRepository() {
    }

    @Override
    public void insert(Payment payment) {
        payments.insert(payment.scope(), payment.id(), payment);
    }

    @Override
    public void update(Payment payment) {
        payments.replace(payment.scope(), payment.id(), payment);
    }

    @Override
    public Optional<Payment> findById(Scope scope, PaymentId id) {
        return payments.find(scope, id);
    }

    @Override
    public Page<Payment> search(Scope scope, PaymentFilter filter, PageRequest page) {
        return Listings.page(payments.all(scope).stream().filter(payment -> matches(filter, payment)),
                Listings.creationOrder(page.order(), p -> p.audit().createdAt(), p -> p.id().value()), page);
    }

    private static boolean matches(PaymentFilter filter, Payment payment) {
        return Listings.matchesAny(filter.paymentIds(), payment.id().value())
                && Listings.matchesAny(filter.invoiceIds(), payment.invoiceId().value())
                && Listings.matchesAny(filter.methodTypes(), payment.methodType())
                && Listings.matchesAny(filter.paymentStatuses(), payment.paymentStatus())
                && Listings.matchesStatus(filter.status(), payment.status())
                && (filter.currency() == null || filter.currency().equals(payment.amount().currency()))
                && (filter.createdFrom() == null || !payment.audit().createdAt().isBefore(filter.createdFrom()))
                && (filter.createdBefore() == null || payment.audit().createdAt().isBefore(filter.createdBefore()));
    }
}
