package io.flexprice.ports.application.wallet;

import static io.flexprice.ports.testing.InvoiceDrafts.MARCH;
import static io.flexprice.ports.testing.InvoiceDrafts.charges;
import static io.flexprice.ports.testing.InvoiceDrafts.usd;
import static io.flexprice.ports.testing.Wallets.aWallet;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.TransactionType;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletType;
import io.flexprice.ports.application.invoice.BillSubscriptionPeriodsService;
import io.flexprice.ports.application.invoice.InvoiceSettings;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.TopUpWalletCommand;
import io.flexprice.ports.testing.Callers;
import io.flexprice.ports.testing.FakeInvoiceRepository;
import io.flexprice.ports.testing.FakeSequenceRepository;
import io.flexprice.ports.testing.FakeSubscriptionInvoiceDrafts;
import io.flexprice.ports.testing.FakeWalletRepository;
import io.flexprice.ports.testing.FakeWalletTransactionRepository;
import io.flexprice.ports.testing.Fixtures;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.RecordingTopUpInvoicer;
import io.flexprice.ports.testing.SequentialIdGenerator;
import io.flexprice.ports.testing.TestClock;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A subscription's period invoice is paid with prepaid credits when it is finalized: after coupons, before taxes. */
class PrepaidCreditsAtFinalizationTest {

    private final TestClock clock = new TestClock(Fixtures.NOW);
    private final FakeWalletRepository wallets = new FakeWalletRepository();
    private final FakeWalletTransactionRepository entries = new FakeWalletTransactionRepository();
    private final FakeInvoiceRepository invoices = new FakeInvoiceRepository();
    private final FakeSubscriptionInvoiceDrafts drafts = new FakeSubscriptionInvoiceDrafts();
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final Caller caller = Callers.aCaller().build();
    private final RecordingTopUpInvoicer invoicer = new RecordingTopUpInvoicer();
    private final TopUpWalletService topUps = new TopUpWalletService(wallets, entries, invoicer, transactions, ids,
            clock);
    private final ApplyWalletCreditsService apply = new ApplyWalletCreditsService(wallets, entries, invoicer,
            transactions, ids, clock);
    private final BillSubscriptionPeriodsService periods = new BillSubscriptionPeriodsService(invoices, drafts,
            new FakeSequenceRepository(), InvoiceSettings.DEFAULTS, transactions, ids, clock,
            new WalletPrepaidCredits(apply));

    private Wallet walletWith(Wallet wallet, String credits) {
        wallets.add(wallet);
        topUps.topUp(caller, wallet.id(), new TopUpWalletCommand(Credits.of(credits), null,
                TransactionReason.FREE_CREDIT_GRANT, null, null, null, null, null));
        return wallet;
    }

    /** 100.00 with a 10% coupon and an 18% tax. */
    private static InvoiceDraft hundredWithCouponAndTax() {
        InvoiceDraft base = charges(MARCH, "100.00");
        return new InvoiceDraft(base.customerId(), base.subscriptionId(), base.period(), base.currency(),
                base.billingReason(), base.lines(),
                List.of(InvoiceDraft.Discount.percentOff("coupon_10", new BigDecimal("10"))),
                List.of(InvoiceDraft.Tax.percentage("tax_18", new BigDecimal("18"))), null, null, null);
    }

    @Test
    void theWalletPaysAfterTheCouponAndBeforeTheTaxInTheFinalizingUnitOfWork() {
        Wallet wallet = walletWith(aWallet().build(), "50");

        Invoice invoice = periods.bill(caller, hundredWithCouponAndTax(), true).invoice();

        // 100.00 - 10% = 90.00; wallet pays 50.00 -> 40.00 taxable; 18% of 40.00 = 7.20; total 40.00 + 7.20 = 47.20
        assertThat(invoice.invoiceStatus()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(invoice.amounts().totalDiscount()).isEqualTo(usd("10.00"));
        assertThat(invoice.amounts().prepaidCreditsApplied()).isEqualTo(usd("50.00"));
        assertThat(invoice.amounts().totalTax()).isEqualTo(usd("7.20"));
        assertThat(invoice.amounts().total()).isEqualTo(usd("47.20"));
        assertThat(invoice.amounts().amountDue()).isEqualTo(usd("47.20"));
        assertThat(invoice.lineItems().get(0).prepaidCreditsApplied()).isEqualTo(usd("50.00"));
        assertThat(invoices.findById(caller.scope(), invoice.id()).orElseThrow()).isEqualTo(invoice);

        assertThat(wallets.stored(wallet.id()).creditBalance()).isEqualTo(Credits.ZERO); // 50 - 50
        WalletTransaction debit = entries.of(wallet.id()).get(1);
        assertThat(debit.type()).isEqualTo(TransactionType.DEBIT);
        assertThat(debit.reason()).isEqualTo(TransactionReason.CREDIT_ADJUSTMENT);
        assertThat(debit.referenceId()).isEqualTo(invoice.id().value());
        assertThat(debit.creditBalanceBefore()).isEqualTo(Credits.of("50"));
        assertThat(debit.creditBalanceAfter()).isEqualTo(Credits.ZERO);
    }

    @Test
    void aWalletHoldingMoreThanIsDuePaysEverythingAndTheInvoiceIsPaidNotSkipped() {
        Wallet wallet = walletWith(aWallet().build(), "200");

        Invoice invoice = periods.bill(caller, hundredWithCouponAndTax(), true).invoice();

        // 90.00 after the coupon, all paid: taxable 0.00, tax 0.00, total 0.00; 200 - 90 = 110 credits left
        assertThat(invoice.invoiceStatus()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(invoice.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(invoice.amounts().prepaidCreditsApplied()).isEqualTo(usd("90.00"));
        assertThat(invoice.amounts().total()).isEqualTo(usd("0"));
        assertThat(wallets.stored(wallet.id()).creditBalance()).isEqualTo(Credits.of("110"));
    }

    @Test
    void aDraftLeftOpenIsNotPaidAndOnlyPrePaidWalletsPayAtFinalization() {
        Wallet postPaid = walletWith(aWallet().type(WalletType.POST_PAID).build(), "500");

        Invoice draft = periods.bill(caller, hundredWithCouponAndTax(), false).invoice();
        assertThat(draft.amounts().prepaidCreditsApplied()).isEqualTo(usd("0"));
        Invoice finalized = periods.bill(caller, "sub_1", MARCH, true).invoice();

        // no PRE_PAID wallet: 90.00 + 18% = 90.00 + 16.20 = 106.20
        assertThat(finalized.amounts().prepaidCreditsApplied()).isEqualTo(usd("0"));
        assertThat(finalized.amounts().total()).isEqualTo(usd("106.20"));
        assertThat(wallets.stored(postPaid.id()).creditBalance()).isEqualTo(Credits.of("500"));
    }
}
