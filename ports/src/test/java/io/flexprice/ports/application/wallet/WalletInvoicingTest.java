package io.flexprice.ports.application.wallet;

import static io.flexprice.ports.testing.InvoiceCommands.anInvoice;
import static io.flexprice.ports.testing.Wallets.aWallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.InvoiceType;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.payment.Payment;
import io.flexprice.domain.payment.PaymentMethodType;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.TransactionStatus;
import io.flexprice.domain.wallet.TransactionType;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.domain.wallet.WalletType;
import io.flexprice.ports.application.billing.CatalogCouponsAndTaxes;
import io.flexprice.ports.application.invoice.BillSubscriptionPeriodsService;
import io.flexprice.ports.application.invoice.InvoiceSettings;
import io.flexprice.ports.application.invoice.ManageInvoicesService;
import io.flexprice.ports.application.payment.ManagePaymentsService;
import io.flexprice.ports.in.invoice.UpdatePaymentStatusCommand;
import io.flexprice.ports.in.payment.CreatePaymentCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.TopUpResult;
import io.flexprice.ports.in.wallet.TopUpWalletCommand;
import io.flexprice.ports.testing.Callers;
import io.flexprice.ports.testing.Customers;
import io.flexprice.ports.testing.FakeCouponAssociationRepository;
import io.flexprice.ports.testing.FakeCouponRepository;
import io.flexprice.ports.testing.FakeCreditNoteRepository;
import io.flexprice.ports.testing.FakeTaxRateRepository;
import io.flexprice.ports.testing.FakeCustomerRepository;
import io.flexprice.ports.testing.FakeInvoiceRepository;
import io.flexprice.ports.testing.FakePaymentRepository;
import io.flexprice.ports.testing.FakeSequenceRepository;
import io.flexprice.ports.testing.FakeSubscriptionInvoiceDrafts;
import io.flexprice.ports.testing.FakeWalletRepository;
import io.flexprice.ports.testing.FakeWalletTransactionRepository;
import io.flexprice.ports.testing.Fixtures;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import io.flexprice.ports.testing.TestClock;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Wallets and invoices over the same fakes, wired as bootstrap wires them: purchased top-ups invoiced and settled by
 * their invoice, CREDITS payments and payment attempts debiting wallets.
 */
class WalletInvoicingTest {

    private static final Currency USD = Currency.getInstance("USD");

    private final TestClock clock = new TestClock(Fixtures.NOW);
    private final FakeWalletRepository wallets = new FakeWalletRepository();
    private final FakeWalletTransactionRepository entries = new FakeWalletTransactionRepository();
    private final FakeInvoiceRepository invoices = new FakeInvoiceRepository();
    private final FakePaymentRepository payments = new FakePaymentRepository();
    private final FakeCustomerRepository customers = new FakeCustomerRepository();
    private final FakeSequenceRepository sequences = new FakeSequenceRepository();
    private final FakeSubscriptionInvoiceDrafts drafts = new FakeSubscriptionInvoiceDrafts();
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final Caller caller = Callers.aCaller().build();

    private final AtomicReference<ManageInvoicesService> invoicing = new AtomicReference<>();
    private final InvoicedTopUps invoicer = new InvoicedTopUps(invoicing::get);
    private final TopUpWalletService topUps = new TopUpWalletService(wallets, entries, invoicer, transactions, ids,
            clock);
    private final DebitWalletService debits = new DebitWalletService(wallets, entries, invoicer, transactions, ids,
            clock);
    private final SettlePurchasedTopUpsService settle = new SettlePurchasedTopUpsService(wallets, entries, invoicer,
            transactions, ids, clock);
    private final WalletCreditsPayments credits = new WalletCreditsPayments(wallets, debits);
    private final WalletTopUpSettlements settlements = new WalletTopUpSettlements(settle);
    private final ManageInvoicesService manageInvoices;
    private final ManagePaymentsService managePayments;

    WalletInvoicingTest() {
        customers.add(Customers.aCustomer().build());
        BillSubscriptionPeriodsService periods = new BillSubscriptionPeriodsService(invoices, drafts, sequences,
                InvoiceSettings.DEFAULTS, transactions, ids, clock);
        manageInvoices = new ManageInvoicesService(invoices, payments, new FakeCreditNoteRepository(), customers,
                drafts, new CatalogCouponsAndTaxes(new FakeCouponRepository(), new FakeCouponAssociationRepository(),
                new FakeTaxRateRepository(), clock), periods, sequences, InvoiceSettings.DEFAULTS, transactions,
                ids, clock, credits, settlements, io.flexprice.ports.out.invoice.PrepaidCredits.NONE);
        invoicing.set(manageInvoices);
        managePayments = new ManagePaymentsService(payments, invoices, transactions, ids, clock, credits,
                settlements);
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }

    private TopUpResult buy(Wallet wallet, String credits) {
        return topUps.topUp(caller, wallet.id(), new TopUpWalletCommand(Credits.of(credits), null,
                TransactionReason.PURCHASED_CREDIT_INVOICED, "Credits pack", null, null, null, "buy-" + credits));
    }

    private void grant(Wallet wallet, String credits) {
        topUps.topUp(caller, wallet.id(), new TopUpWalletCommand(Credits.of(credits), null,
                TransactionReason.FREE_CREDIT_GRANT, null, null, null, null, null));
    }

    private Invoice oneOff(String amount) {
        return manageInvoices.create(caller, anInvoice().line(amount).build());
    }

    private Payment pay(Invoice invoice, String amount, PaymentMethodType method, String methodId) {
        return managePayments.create(caller, new CreatePaymentCommand(invoice.id().value(), new BigDecimal(amount),
                USD, method, methodId, null, null));
    }

    @Test
    void aPurchasedTopUpIsAFinalizedOneOffInvoiceOfOnePurchasedCreditsLineAtTheTopUpRate() {
        Wallet wallet = wallets.add(aWallet().rate("2").build());

        TopUpResult bought = buy(wallet, "25");

        Invoice invoice = invoices.findById(caller.scope(), new InvoiceId(bought.invoiceId())).orElseThrow();
        assertThat(invoice.invoiceType()).isEqualTo(InvoiceType.ONE_OFF);
        assertThat(invoice.invoiceStatus()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(invoice.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(invoice.billingReason()).isEqualTo(BillingReason.MANUAL);
        assertThat(invoice.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.displayName()).isEqualTo("Purchased credits");
            assertThat(line.quantity()).isEqualByComparingTo("25");
            assertThat(line.amount()).isEqualTo(usd("50.00")); // 25 credits x 2 USD
        });
        assertThat(invoice.amounts().amountDue()).isEqualTo(usd("50.00"));
        assertThat(invoice.metadata().values()).containsEntry("wallet_id", wallet.id().value())
                .containsEntry("wallet_transaction_id", bought.transaction().id().value());
        assertThat(bought.transaction().transactionStatus()).isEqualTo(TransactionStatus.PENDING);
        assertThat(bought.transaction().referenceType()).isEqualTo(WalletTxReferenceType.INVOICE);
        assertThat(bought.transaction().referenceId()).isEqualTo(invoice.id().value());
        assertThat(wallets.stored(wallet.id()).creditBalance()).isEqualTo(Credits.ZERO);
    }

    @Test
    void payingTheTopUpInvoiceInFullMakesTheCreditsUsableAndAPartPaymentDoesNot() {
        Wallet wallet = wallets.add(aWallet().rate("2").build());
        Invoice invoice = invoices.findById(caller.scope(), new InvoiceId(buy(wallet, "25").invoiceId()))
                .orElseThrow();

        pay(invoice, "20", PaymentMethodType.OFFLINE, null);
        assertThat(wallets.stored(wallet.id()).creditBalance()).isEqualTo(Credits.ZERO);
        pay(invoice, "30", PaymentMethodType.OFFLINE, null); // 20 + 30 = 50: paid in full

        assertThat(wallets.stored(wallet.id()).creditBalance()).isEqualTo(Credits.of("25"));
        assertThat(entries.of(wallet.id())).singleElement().satisfies(entry ->
                assertThat(entry.transactionStatus()).isEqualTo(TransactionStatus.COMPLETED));
    }

    @Test
    void markingTheTopUpInvoiceSucceededCompletesTheTopUpAndVoidingAnotherFailsIt() {
        Wallet wallet = wallets.add(aWallet().build());
        InvoiceId paid = new InvoiceId(buy(wallet, "10").invoiceId());
        InvoiceId voided = new InvoiceId(buy(wallet, "7").invoiceId());

        manageInvoices.updatePaymentStatus(caller, paid, new UpdatePaymentStatusCommand(PaymentStatus.SUCCEEDED, null));
        manageInvoices.voidInvoice(caller, voided, Metadata.EMPTY);

        assertThat(wallets.stored(wallet.id()).creditBalance()).isEqualTo(Credits.of("10"));
        assertThat(entries.of(wallet.id())).extracting(WalletTransaction::transactionStatus)
                .containsExactly(TransactionStatus.COMPLETED, TransactionStatus.FAILED);
    }

    @Test
    void aCreditsPaymentDebitsTheNamedWalletOncePerPayment() {
        Wallet wallet = wallets.add(aWallet().build());
        grant(wallet, "100");
        Invoice invoice = oneOff("30.00");

        Payment payment = pay(invoice, "30.00", PaymentMethodType.CREDITS, wallet.id().value());

        assertThat(payment.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(wallets.stored(wallet.id()).creditBalance()).isEqualTo(Credits.of("70")); // 100 - 30
        WalletTransaction debit = entries.of(wallet.id()).get(1);
        assertThat(debit.type()).isEqualTo(TransactionType.DEBIT);
        assertThat(debit.reason()).isEqualTo(TransactionReason.INVOICE_PAYMENT);
        assertThat(debit.referenceId()).isEqualTo(invoice.id().value());
        assertThat(debit.idempotencyKey()).isEqualTo("payment:" + payment.id().value() + ":wallet:"
                + wallet.id().value());
        assertThat(invoices.findById(caller.scope(), invoice.id()).orElseThrow().paymentStatus())
                .isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void aCreditsPaymentLargerThanTheBalanceIsRefusedAndChangesNothing() {
        Wallet wallet = wallets.add(aWallet().build());
        grant(wallet, "20");
        Invoice invoice = oneOff("30.00");

        assertThatThrownBy(() -> pay(invoice, "30.00", PaymentMethodType.CREDITS, wallet.id().value()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_INSUFFICIENT_BALANCE));
        assertThatThrownBy(() -> pay(invoice, "30.00", PaymentMethodType.CREDITS, null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_INSUFFICIENT_BALANCE));

        assertThat(wallets.stored(wallet.id()).creditBalance()).isEqualTo(Credits.of("20"));
        assertThat(payments.all()).isEmpty();
        assertThat(invoices.findById(caller.scope(), invoice.id()).orElseThrow().amounts().amountPaid().isZero())
                .isTrue();
    }

    @Test
    void aCreditsPaymentNamingAnotherCustomersWalletIsABadRequest() {
        Wallet other = wallets.add(aWallet().id("wallet_other").customer("cust_other").build());
        grant(other, "100");
        Invoice invoice = oneOff("30.00");

        assertThatThrownBy(() -> pay(invoice, "30.00", PaymentMethodType.CREDITS, other.id().value()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.getMessage()).contains("payment_method_id"));
        assertThat(wallets.stored(other.id()).creditBalance()).isEqualTo(Credits.of("100"));
    }

    @Test
    void anAttemptPaysWhatTheWalletsHoldOldestFirstWithOneCreditsPaymentEach() {
        Wallet first = wallets.add(aWallet().id("wallet_a").build());
        Wallet second = wallets.add(aWallet().id("wallet_b").type(WalletType.POST_PAID).build());
        grant(first, "12.5");
        grant(second, "100");
        Invoice invoice = oneOff("40.00");

        Money paid = manageInvoices.attemptPayment(caller, invoice.id());

        assertThat(paid).isEqualTo(usd("40.00"));
        assertThat(wallets.stored(first.id()).creditBalance()).isEqualTo(Credits.ZERO); // 12.50 paid
        assertThat(wallets.stored(second.id()).creditBalance()).isEqualTo(Credits.of("72.5")); // 100 - 27.50
        List<Payment> recorded = payments.all();
        assertThat(recorded).extracting(Payment::methodType).containsOnly(PaymentMethodType.CREDITS);
        assertThat(recorded).extracting(Payment::paymentMethodId).containsExactly("wallet_a", "wallet_b");
        assertThat(recorded).extracting(Payment::amount).containsExactly(usd("12.50"), usd("27.50"));
        assertThat(invoices.findById(caller.scope(), invoice.id()).orElseThrow().paymentStatus())
                .isEqualTo(PaymentStatus.SUCCEEDED);
    }

    @Test
    void anAttemptWithEmptyWalletsPaysNothing() {
        wallets.add(aWallet().build());
        Invoice invoice = oneOff("40.00");

        assertThat(manageInvoices.attemptPayment(caller, invoice.id())).isEqualTo(usd("0"));
        assertThat(payments.all()).isEmpty();
    }
}
