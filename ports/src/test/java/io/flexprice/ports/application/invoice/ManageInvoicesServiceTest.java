package io.flexprice.ports.application.invoice;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Customers.aCustomer;
import static io.flexprice.ports.testing.Fixtures.ACTOR;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static io.flexprice.ports.testing.InvoiceCommands.anInvoice;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static io.flexprice.ports.testing.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.InvoiceType;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.payment.Payment;
import io.flexprice.domain.payment.PaymentMethodType;
import io.flexprice.ports.application.billing.CatalogCouponsAndTaxes;
import io.flexprice.ports.testing.FakeCouponAssociationRepository;
import io.flexprice.ports.testing.FakeCouponRepository;
import io.flexprice.ports.testing.FakeTaxRateRepository;
import io.flexprice.ports.application.creditnote.ManageCreditNotesService;
import io.flexprice.ports.in.creditnote.CreateCreditNoteCommand;
import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteReason;
import io.flexprice.ports.in.invoice.UpdateInvoiceCommand;
import io.flexprice.ports.in.invoice.UpdatePaymentStatusCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.testing.FakeCreditNoteRepository;
import io.flexprice.ports.testing.FakeCustomerRepository;
import io.flexprice.ports.testing.FakeInvoiceRepository;
import io.flexprice.ports.testing.FakePaymentRepository;
import io.flexprice.ports.testing.FakeSequenceRepository;
import io.flexprice.ports.testing.FakeSubscriptionInvoiceDrafts;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManageInvoicesServiceTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Period MARCH = new Period(Instant.parse("2024-03-01T00:00:00Z"),
            Instant.parse("2024-04-01T00:00:00Z"));

    private final FakeInvoiceRepository invoices = new FakeInvoiceRepository();
    private final FakePaymentRepository payments = new FakePaymentRepository();
    private final FakeCreditNoteRepository creditNotes = new FakeCreditNoteRepository();
    private final FakeCustomerRepository customers = new FakeCustomerRepository();
    private final FakeSequenceRepository sequences = new FakeSequenceRepository();
    private final FakeSubscriptionInvoiceDrafts drafts = new FakeSubscriptionInvoiceDrafts();
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final BillSubscriptionPeriodsService periods = new BillSubscriptionPeriodsService(invoices, drafts,
            sequences, InvoiceSettings.DEFAULTS, transactions, ids, CLOCK);
    private final ManageInvoicesService service = new ManageInvoicesService(invoices, payments, creditNotes, customers,
            drafts, new CatalogCouponsAndTaxes(new FakeCouponRepository(), new FakeCouponAssociationRepository(),
                new FakeTaxRateRepository(), CLOCK), periods, sequences, InvoiceSettings.DEFAULTS, transactions,
            ids, CLOCK);
    private final Caller caller = aCaller().build();

    @BeforeEach
    void storeTheCustomer() {
        customers.add(aCustomer().build());
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }

    private InvoiceDraft march(String... amounts) {
        List<InvoiceDraft.Line> lines = java.util.Arrays.stream(amounts)
                .map(a -> InvoiceDraft.Line.of("Seats", BigDecimal.ONE, usd(a))).toList();
        return InvoiceDraft.forPeriod(CustomerId.of("cust_stored_1"), "sub_1", MARCH, USD, lines);
    }

    private static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aOneOffInvoiceIsFinalizedNumberedDueAndUnpaidByDefault() {
        // 10.005 rounds to 10.01; 10.01 + 5.50 = 15.51
        Invoice created = service.create(caller, anInvoice().line("10.005").line("5.50").build());

        assertThat(created.invoiceType()).isEqualTo(InvoiceType.ONE_OFF);
        assertThat(created.invoiceStatus()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(created.invoiceNumber()).isEqualTo("INV-202403-00001");
        assertThat(created.finalizedAt()).isEqualTo(NOW);
        assertThat(created.dueDate()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(created.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(created.amounts().total()).isEqualTo(usd("15.51"));
        assertThat(created.amounts().amountRemaining()).isEqualTo(usd("15.51"));
        assertThat(created.audit().createdBy()).isEqualTo(ACTOR);
        assertThat(created.metadata().values()).containsEntry("po", "42");
        assertThat(invoices.stored(created.id())).isEqualTo(created);
        assertThat(payments.all()).isEmpty();
    }

    @Test
    void numbersCountUpWithinTheMonthAndADraftTakesNone() {
        service.create(caller, anInvoice().line("1.00").build());
        Invoice draft = service.create(caller, anInvoice().line("1.00").status(InvoiceStatus.DRAFT).build());
        Invoice second = service.create(caller, anInvoice().line("1.00").build());

        assertThat(draft.invoiceStatus()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(draft.invoiceNumber()).isNull();
        assertThat(second.invoiceNumber()).isEqualTo("INV-202403-00002");
        assertThat(service.finalize(caller, draft.id()).invoiceNumber()).isEqualTo("INV-202403-00003");
    }

    @Test
    void paymentStatusSucceededRecordsAnOfflinePaymentOfTheTotal() {
        Invoice created = service.create(caller, anInvoice().line("20.00").paymentStatus(PaymentStatus.SUCCEEDED)
                .build());

        assertThat(created.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(created.paidAt()).isEqualTo(NOW);
        assertThat(created.amounts().amountPaid()).isEqualTo(usd("20.00"));
        assertThat(invoices.stored(created.id())).isEqualTo(created);
        Payment payment = payments.all().get(0);
        assertThat(payment.amount()).isEqualTo(usd("20.00"));
        assertThat(payment.methodType()).isEqualTo(PaymentMethodType.OFFLINE);
        assertThat(payment.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.invoiceId()).isEqualTo(created.id());
    }

    @Test
    void anAmountPaidIsAPartPayment() {
        // 20.00 - 5.00 = 15.00 remains
        Invoice created = service.create(caller, anInvoice().line("20.00").amountPaid("5.00").build());

        assertThat(created.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(created.amounts().amountRemaining()).isEqualTo(usd("15.00"));
        assertThat(payments.all()).extracting(Payment::amount).containsExactly(usd("5.00"));
        assertThat(rejected(() -> service.create(caller, anInvoice().line("20.00").amountPaid("20.01").build()))
                .code()).isEqualTo(ErrorCode.PAYMENT_EXCEEDS_AMOUNT_REMAINING);
        assertThat(fieldsRejected(() -> service.create(caller, anInvoice().line("20.00").amountPaid("5.00")
                .paymentStatus(PaymentStatus.SUCCEEDED).build()))).containsExactly("amount_paid");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceAndNothingIsStored() {
        assertThat(fieldsRejected(() -> service.create(caller, anInvoice().customer(" ").currency("xyz")
                .line(new io.flexprice.ports.in.invoice.CreateInvoiceCommand.Line(null, null, null, null, null, null,
                        null, null, new BigDecimal("-1"), new BigDecimal("-2"), NOW, NOW.minusSeconds(1), null))
                .status(InvoiceStatus.VOIDED).paymentStatus(PaymentStatus.FAILED).build())))
                .containsExactly("customer_id", "currency", "invoice_status", "payment_status",
                        "line_items[0].period_end", "line_items[0].amount", "line_items[0].quantity");
        assertThat(fieldsRejected(() -> service.create(caller, anInvoice().build()))).containsExactly("line_items");
        assertThat(invoices.all()).isEmpty();
        assertThat(sequences.last(SCOPE, "invoice:202403")).isZero();
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        assertThatThrownBy(() -> service.create(caller, anInvoice().customer("cust_nobody").line("1.00").build()))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND));
    }

    @Test
    void unknownCouponsAndTaxRatesAreRefusedNamingTheirPlaceInTheRequest() {
        assertThat(fieldsRejected(() -> service.create(caller, anInvoice().line("1.00").coupon("coupon_1").build())))
                .containsExactly("coupons[0].coupon_id");
        assertThat(fieldsRejected(() -> service.create(caller, anInvoice().line("1.00").taxRate("tax_1").build())))
                .containsExactly("tax_rates[0]");
        assertThat(fieldsRejected(() -> service.create(caller, anInvoice().line("1.00")
                .lineCoupon("price_9", "coupon_1").build()))).containsExactly("line_item_coupons[0].line_item_id");
        assertThat(invoices.all()).isEmpty();
    }

    @Test
    void finalizingTwiceIsAConflictAndTakesNoNumber() {
        Invoice draft = service.create(caller, anInvoice().line("1.00").status(InvoiceStatus.DRAFT).build());
        service.finalize(caller, draft.id());

        assertConflict(() -> service.finalize(caller, draft.id()), ErrorCode.INVOICE_NOT_DRAFT);
        assertThat(sequences.last(SCOPE, "invoice:202403")).isEqualTo(1);
        assertThat(invoices.locked()).contains(draft.id());
        assertThatThrownBy(() -> service.finalize(caller, InvoiceId.of("inv_nope")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_NOT_FOUND));
    }

    @Test
    void anUnpaidInvoiceIsVoidedButNotOneWithAPaymentOrACreditNote() {
        Invoice unpaid = service.create(caller, anInvoice().line("10.00").build());
        Invoice voided = service.voidInvoice(caller, unpaid.id(), Metadata.of(Map.of("reason", "typo")));

        assertThat(voided.invoiceStatus()).isEqualTo(InvoiceStatus.VOIDED);
        assertThat(voided.metadata().values()).containsEntry("reason", "typo").containsEntry("po", "42");
        Invoice paid = service.create(caller, anInvoice().line("10.00").amountPaid("1.00").build());
        assertConflict(() -> service.voidInvoice(caller, paid.id(), null), ErrorCode.INVOICE_NOT_VOIDABLE);

        Invoice credited = service.create(caller, anInvoice().line("10.00").build());
        new ManageCreditNotesService(creditNotes, invoices, sequences, InvoiceSettings.DEFAULTS, transactions, ids,
                CLOCK).create(caller, new CreateCreditNoteCommand(credited.id().value(), CreditNoteReason.DUPLICATE,
                null, List.of(new CreditNote.RequestedLine(credited.lineItems().get(0).id().value(), null,
                new BigDecimal("1.00"), null)), null, false, null));
        assertConflict(() -> service.voidInvoice(caller, credited.id(), null), ErrorCode.INVOICE_HAS_CREDIT_NOTES);
    }

    @Test
    void paymentStatusUpdatesRecordTheMoneyTheyMove() {
        Invoice invoice = service.create(caller, anInvoice().line("30.00").build());

        Invoice part = service.updatePaymentStatus(caller, invoice.id(),
                new UpdatePaymentStatusCommand(PaymentStatus.PENDING, new BigDecimal("10.00")));
        assertThat(part.amounts().amountRemaining()).isEqualTo(usd("20.00"));
        assertThat(part.paymentStatus()).isEqualTo(PaymentStatus.PENDING);

        Invoice failed = service.updatePaymentStatus(caller, invoice.id(),
                new UpdatePaymentStatusCommand(PaymentStatus.FAILED, null));
        assertThat(failed.paymentStatus()).isEqualTo(PaymentStatus.FAILED);
        assertThat(rejected(() -> service.updatePaymentStatus(caller, invoice.id(),
                new UpdatePaymentStatusCommand(PaymentStatus.SUCCEEDED, new BigDecimal("19.99")))).code())
                .isEqualTo(ErrorCode.PAYMENT_EXCEEDS_AMOUNT_REMAINING);

        Invoice paid = service.updatePaymentStatus(caller, invoice.id(),
                new UpdatePaymentStatusCommand(PaymentStatus.SUCCEEDED, null));
        assertThat(paid.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(paid.amounts().amountPaid()).isEqualTo(usd("30.00"));
        assertThat(payments.all()).extracting(Payment::amount).containsExactly(usd("10.00"), usd("20.00"));
        assertThat(service.updatePaymentStatus(caller, invoice.id(),
                new UpdatePaymentStatusCommand(PaymentStatus.SUCCEEDED, null))).isEqualTo(paid);
        assertConflict(() -> service.updatePaymentStatus(caller, invoice.id(),
                new UpdatePaymentStatusCommand(PaymentStatus.FAILED, null)), ErrorCode.INVOICE_PAYMENT_STATUS_TRANSITION);
        assertThat(fieldsRejected(() -> service.updatePaymentStatus(caller, invoice.id(),
                new UpdatePaymentStatusCommand(PaymentStatus.REFUNDED, null)))).containsExactly("payment_status");
    }

    @Test
    void aDraftHasNoPaymentStatusToUpdate() {
        Invoice draft = service.create(caller, anInvoice().line("1.00").status(InvoiceStatus.DRAFT).build());

        assertConflict(() -> service.updatePaymentStatus(caller, draft.id(),
                new UpdatePaymentStatusCommand(PaymentStatus.SUCCEEDED, null)), ErrorCode.INVOICE_NOT_FINALIZED);
        assertConflict(() -> service.attemptPayment(caller, draft.id()), ErrorCode.INVOICE_NOT_FINALIZED);
    }

    @Test
    void attemptingAPaymentWithoutWalletsPaysNothing() {
        Invoice invoice = service.create(caller, anInvoice().line("1.00").build());

        assertThat(service.attemptPayment(caller, invoice.id())).isEqualTo(usd("0"));
        assertThat(invoices.stored(invoice.id())).isEqualTo(invoice);
    }

    @Test
    void aSubscriptionDraftIsRecalculatedFromItsChargesAndFinalized() {
        drafts.charges("sub_1", march("10.00"));
        Invoice draft = periods.bill(caller, march("5.00"), false).invoice();

        Invoice recalculated = service.recalculate(caller, draft.id(), true);

        assertThat(recalculated.id()).isEqualTo(draft.id());
        assertThat(recalculated.amounts().total()).isEqualTo(usd("10.00"));
        assertThat(recalculated.invoiceStatus()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(drafts.asked()).containsExactly(MARCH);
        assertConflict(() -> service.recalculate(caller, draft.id(), true), ErrorCode.INVOICE_NOT_RECALCULABLE);
        Invoice oneOff = service.create(caller, anInvoice().line("1.00").status(InvoiceStatus.DRAFT).build());
        assertConflict(() -> service.recalculate(caller, oneOff.id(), true), ErrorCode.INVOICE_NOT_RECALCULABLE);
    }

    @Test
    void recalculatingAVoidedSubscriptionInvoiceInvoicesItsPeriodAgain() {
        drafts.charges("sub_1", march("12.00"));
        Invoice first = periods.bill(caller, march("10.00"), true).invoice();
        service.voidInvoice(caller, first.id(), null);

        Invoice again = service.recalculate(caller, first.id(), true);

        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(again.period()).isEqualTo(MARCH);
        assertThat(again.amounts().total()).isEqualTo(usd("12.00"));
        assertThat(again.invoiceNumber()).isEqualTo("INV-202403-00002");
        assertThat(service.recalculate(caller, first.id(), true)).isEqualTo(again);
    }

    @Test
    void recalculatingAVoidedFirstInvoiceBillsTheFirstPeriodInAdvanceAgainNotThePeriodsEnd() {
        drafts.charges("sub_1", march("20.00"));
        Invoice first = periods.bill(caller, withReason(march("20.00"), BillingReason.SUBSCRIPTION_CREATE), true)
                .invoice();
        service.voidInvoice(caller, first.id(), null);

        Invoice again = service.recalculate(caller, first.id(), false);

        assertThat(again.id()).isNotEqualTo(first.id());
        assertThat(again.billingReason()).isEqualTo(BillingReason.SUBSCRIPTION_CREATE);
        assertThat(again.period()).isEqualTo(MARCH);
        assertThat(again.invoiceStatus()).isEqualTo(InvoiceStatus.DRAFT);
        // the draft is recalculated as a first invoice too, and the period's own invoice is still to come
        Invoice finalized = service.recalculate(caller, again.id(), true);
        assertThat(finalized.billingReason()).isEqualTo(BillingReason.SUBSCRIPTION_CREATE);
        assertThat(finalized.amounts().total()).isEqualTo(usd("20.00"));
        assertThat(periods.bill(caller, "sub_1", MARCH, false).created()).isTrue();
        // both recalculations read the first invoice's charges, never the period's end
        assertThat(drafts.askedAtCreation()).containsExactly(MARCH, MARCH);
    }

    @Test
    void anInvoiceOfAChangeIsNotRecalculated() {
        Invoice proration = periods.bill(caller, withReason(march("4.00"), BillingReason.PRORATION), false).invoice();

        assertConflict(() -> service.recalculate(caller, proration.id(), true), ErrorCode.INVOICE_NOT_RECALCULABLE);
        assertThat(invoices.stored(proration.id())).isEqualTo(proration);
    }

    private static InvoiceDraft withReason(InvoiceDraft draft, BillingReason reason) {
        return new InvoiceDraft(draft.customerId(), draft.subscriptionId(), draft.period(), draft.currency(), reason,
                draft.lines(), draft.discounts(), draft.taxes(), draft.dueDate(), draft.description(),
                draft.metadata());
    }

    @Test
    void updateChangesDueDatePdfUrlAndMetadata() {
        Invoice invoice = service.create(caller, anInvoice().line("1.00").build());
        Instant due = Instant.parse("2024-04-30T00:00:00Z");

        Invoice updated = service.update(caller, invoice.id(),
                new UpdateInvoiceCommand(due, "https://pdf.example/1.pdf", Map.of("k", "v")));

        assertThat(updated.dueDate()).isEqualTo(due);
        assertThat(updated.invoicePdfUrl()).isEqualTo("https://pdf.example/1.pdf");
        assertThat(updated.metadata().values()).isEqualTo(Map.of("k", "v"));
        assertThat(invoices.stored(invoice.id())).isEqualTo(updated);
    }
}
