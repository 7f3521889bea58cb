package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static io.flexprice.adapters.storage.InvoiceFixtures.finalized;
import static io.flexprice.adapters.storage.InvoiceFixtures.oneOff;
import static io.flexprice.adapters.storage.InvoiceFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.payment.Payment;
import io.flexprice.domain.payment.PaymentId;
import io.flexprice.domain.payment.PaymentMethodType;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.payment.PaymentFilter;
import io.flexprice.ports.out.payment.PaymentRepository;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PaymentRepository} does. A payment's invoice is a stored invoice of its scope. */
public abstract class PaymentRepositoryContract {

    private final Scope scope = Fixtures.aScope();
    private Invoice invoice;

    protected abstract PaymentRepository repository();

    protected abstract InvoiceRepository invoices();

    protected abstract CustomerRepository customers();

    @BeforeEach
    void storeAnInvoice() {
        invoice = finalized(oneOff(scope, InvoiceFixtures.storedCustomer(customers(), scope), "100.00"));
        invoices().insert(invoice);
    }

    private Payment aPayment(InvoiceId invoiceId, Money amount, PaymentMethodType method, Instant createdAt) {
        return Payment.pending(new PaymentId(Fixtures.uniqueId("pay")), scope, invoiceId, amount, method, null, null,
                Audit.createdBy("alice", createdAt));
    }

    @Test
    void aPaymentIsReadBackWithEveryField() {
        Payment payment = Payment.pending(new PaymentId(Fixtures.uniqueId("pay")), scope, invoice.id(), usd("12.34"),
                PaymentMethodType.CREDITS, "wallet_1", Metadata.of(Map.of("ref", "x")),
                new Audit(T0, "alice", T0.plusSeconds(1), "bob")).succeeded(T0.plusSeconds(2),
                new Audit(T0, "alice", T0.plusSeconds(2), "carol"));

        repository().insert(payment);

        assertThat(repository().findById(scope, payment.id())).contains(payment);
        Scope other = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));
        assertThat(repository().findById(other, payment.id())).isEmpty();
    }

    @Test
    void anUpdateReplacesThePayment() {
        Payment payment = aPayment(invoice.id(), usd("1.00"), PaymentMethodType.OFFLINE, T0);
        repository().insert(payment);

        Payment succeeded = payment.succeeded(T0.plusSeconds(5), payment.audit().updatedBy("bob", T0.plusSeconds(5)));
        repository().update(succeeded);
        assertThat(repository().findById(scope, payment.id())).contains(succeeded);
        assertThatThrownBy(() -> repository().update(aPayment(invoice.id(), usd("1.00"), PaymentMethodType.OFFLINE,
                T0))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void searchNarrowsByIdsInvoiceMethodAndStatusAndLeavesDeletedOnesOut() {
        Invoice other = finalized(oneOff(scope, invoice.customerId(), "50.00"));
        invoices().insert(other);
        Payment oldest = aPayment(invoice.id(), usd("1.00"), PaymentMethodType.OFFLINE, T0);
        Payment middle = aPayment(invoice.id(), usd("2.00"), PaymentMethodType.CREDITS, T0.plusSeconds(1))
                .succeeded(T0, Audit.createdBy("x", T0.plusSeconds(1)));
        Payment newest = aPayment(other.id(), usd("3.00"), PaymentMethodType.OFFLINE, T0.plusSeconds(2));
        Payment deleted = aPayment(invoice.id(), usd("4.00"), PaymentMethodType.OFFLINE, T0.plusSeconds(3));
        deleted = deleted.deleted(deleted.audit());
        for (Payment payment : List.of(middle, newest, oldest, deleted)) {
            repository().insert(payment);
        }

        assertThat(search(PaymentFilter.ALL_LIVE)).containsExactly(newest, middle, oldest);
        assertThat(search(PaymentFilter.ofInvoice(invoice.id().value()))).containsExactly(middle, oldest);
        assertThat(search(new PaymentFilter(null, null, List.of(PaymentMethodType.CREDITS), null, null, null, null, null)))
                .containsExactly(middle);
        assertThat(search(new PaymentFilter(null, null, null, List.of(PaymentStatus.PENDING), null, null, null, null)))
                .containsExactly(newest, oldest);
        assertThat(search(new PaymentFilter(List.of(oldest.id().value(), deleted.id().value()), null, null, null,
                null, null, null, null))).containsExactly(oldest);
        assertThat(search(new PaymentFilter(null, null, null, null, Status.DELETED, null, null, null))).containsExactly(deleted);
        // created at T0, T0 + 1 s, T0 + 2 s: from T0 + 1 s (inclusive) to before T0 + 2 s (exclusive) is the middle one
        assertThat(search(new PaymentFilter(null, null, null, null, null, null, T0.plusSeconds(1), T0.plusSeconds(2))))
                .containsExactly(middle);
        assertThat(search(new PaymentFilter(null, null, null, null, null, Currency.getInstance("USD"), null, null)))
                .containsExactly(newest, middle, oldest);
        assertThat(search(new PaymentFilter(null, null, null, null, null, Currency.getInstance("EUR"), null, null)))
                .isEmpty();
        Page<Payment> page = repository().search(scope, PaymentFilter.ALL_LIVE, new PageRequest(1, 1, SortOrder.ASC));
        assertThat(page.items()).containsExactly(middle);
        assertThat(page.total()).isEqualTo(3);
    }

    private List<Payment> search(PaymentFilter filter) {
        return repository().search(scope, filter, PageRequest.first(10)).items();
    }
}
