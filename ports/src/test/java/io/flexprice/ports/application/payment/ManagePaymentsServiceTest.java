package io.flexprice.ports.application.payment;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.InvoiceCommands.anInvoice;
import static io.flexprice.ports.testing.InvoiceDrafts.usd;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static io.flexprice.ports.testing.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.payment.Payment;
import io.flexprice.domain.payment.PaymentMethodType;
import io.flexprice.ports.in.payment.CreatePaymentCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.payment.PaymentFilter;
import io.flexprice.ports.testing.Invoicing;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagePaymentsServiceTest {

    private static final Currency USD = Currency.getInstance("USD");

    private final Invoicing invoicing = new Invoicing();
    private final ManagePaymentsService service = invoicing.managePayments;
    private final Caller caller = aCaller().build();

    private Invoice invoiceOf(String amount) {
        return invoicing.manageInvoices.create(caller, anInvoice().line(amount).build());
    }

    private static CreatePaymentCommand payment(Invoice invoice, String amount, PaymentMethodType method,
                                                Boolean process) {
        return new CreatePaymentCommand(invoice.id().value(), new BigDecimal(amount), USD, method, null, process,
                Map.of("ref", "wire-1"));
    }

    @Test
    void anOfflinePaymentIsRecordedAgainstItsInvoiceAtOnce() {
        Invoice invoice = invoiceOf("100.00");

        Payment payment = service.create(caller, payment(invoice, "40.00", PaymentMethodType.OFFLINE, null));

        assertThat(payment.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.succeededAt()).isEqualTo(NOW);
        assertThat(payment.metadata().values()).containsEntry("ref", "wire-1");
        Invoice paid = invoicing.invoices.stored(invoice.id());
        // 100.00 - 40.00
        assertThat(paid.amounts().amountPaid()).isEqualTo(usd("40.00"));
        assertThat(paid.amounts().amountRemaining()).isEqualTo(usd("60.00"));
        assertThat(paid.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(invoicing.invoices.locked()).contains(invoice.id());

        service.create(caller, payment(invoice, "60.00", PaymentMethodType.CREDITS, true));
        assertThat(invoicing.invoices.stored(invoice.id()).paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(invoicing.findPayments.search(caller, PaymentFilter.ofInvoice(invoice.id().value()),
                PageRequest.first(10)).items()).extracting(Payment::amount).containsExactly(usd("60.00"), usd("40.00"));
    }

    @Test
    void aPaymentAboveWhatRemainsIsRefusedAndNothingIsStored() {
        Invoice invoice = invoiceOf("100.00");
        service.create(caller, payment(invoice, "99.99", PaymentMethodType.OFFLINE, null));

        assertThat(rejected(() -> service.create(caller, payment(invoice, "0.02", PaymentMethodType.OFFLINE, null)))
                .code()).isEqualTo(ErrorCode.PAYMENT_EXCEEDS_AMOUNT_REMAINING);
        assertThat(invoicing.payments.all()).hasSize(1);
        assertThat(invoicing.invoices.stored(invoice.id()).amounts().amountRemaining()).isEqualTo(usd("0.01"));
    }

    @Test
    void cardAndOtherCurrenciesAndBadAmountsAreRefused() {
        Invoice invoice = invoiceOf("100.00");

        assertThat(rejected(() -> service.create(caller, payment(invoice, "1.00", PaymentMethodType.CARD, null)))
                .code()).isEqualTo(ErrorCode.PAYMENT_METHOD_NOT_SUPPORTED);
        assertThat(rejected(() -> service.create(caller, new CreatePaymentCommand(invoice.id().value(),
                BigDecimal.ONE, Currency.getInstance("EUR"), PaymentMethodType.OFFLINE, null, null, null))).code())
                .isEqualTo(ErrorCode.CURRENCY_MISMATCH);
        assertThat(fieldsRejected(() -> service.create(caller, payment(invoice, "1.001", PaymentMethodType.OFFLINE,
                null)))).containsExactly("amount");
        assertThat(fieldsRejected(() -> service.create(caller, new CreatePaymentCommand(null, null, null, null, null,
                null, null)))).containsExactly("destination_id", "amount", "currency", "payment_method_type");
        assertThatThrownBy(() -> service.create(caller, new CreatePaymentCommand("inv_nope", BigDecimal.ONE, USD,
                PaymentMethodType.OFFLINE, null, null, null))).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_NOT_FOUND));
        assertThat(invoicing.payments.all()).isEmpty();
    }

    @Test
    void aDraftInvoiceTakesNoPayment() {
        Invoice draft = invoicing.manageInvoices.create(caller, anInvoice().line("1.00")
                .status(InvoiceStatus.DRAFT).build());

        assertThatThrownBy(() -> service.create(caller, payment(draft, "1.00", PaymentMethodType.OFFLINE, null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_NOT_FINALIZED));
    }

    @Test
    void anUnprocessedPaymentWaitsAndIsProcessedOnce() {
        Invoice invoice = invoiceOf("10.00");
        Payment pending = service.create(caller, payment(invoice, "10.00", PaymentMethodType.OFFLINE, false));
        assertThat(pending.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(invoicing.invoices.stored(invoice.id()).amounts().amountPaid()).isEqualTo(usd("0"));

        Payment processed = service.process(caller, pending.id());

        assertThat(processed.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(invoicing.invoices.stored(invoice.id()).paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThatThrownBy(() -> service.process(caller, pending.id())).isInstanceOfSatisfying(
                ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_NOT_PENDING));
    }

    @Test
    void onlyAPaymentThatNeverSucceededIsDeleted() {
        Invoice invoice = invoiceOf("10.00");
        Payment pending = service.create(caller, payment(invoice, "1.00", PaymentMethodType.OFFLINE, false));
        Payment succeeded = service.create(caller, payment(invoice, "1.00", PaymentMethodType.OFFLINE, true));

        service.delete(caller, pending.id());

        assertThat(invoicing.payments.all()).filteredOn(p -> p.id().equals(pending.id()))
                .extracting(Payment::status).containsExactly(Status.DELETED);
        assertThatThrownBy(() -> invoicing.findPayments.get(caller, pending.id()))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_NOT_FOUND));
        assertThatThrownBy(() -> service.delete(caller, succeeded.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void anUpdateReplacesTheMetadataOnly() {
        Payment payment = service.create(caller, payment(invoiceOf("10.00"), "1.00", PaymentMethodType.OFFLINE, null));

        Payment updated = service.update(caller, payment.id(), Map.of("note", "late"));

        assertThat(updated.metadata().values()).isEqualTo(Map.of("note", "late"));
        assertThat(updated.amount()).isEqualTo(payment.amount());
        assertThat(invoicing.findPayments.get(caller, payment.id())).isEqualTo(updated);
    }
}
