package io.flexprice.ports.application.creditgrant;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.creditgrant.CreditGrant;
import io.flexprice.domain.creditgrant.CreditGrantCadence;
import io.flexprice.domain.creditgrant.CreditGrantExpiryDurationUnit;
import io.flexprice.domain.creditgrant.CreditGrantExpiryType;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.creditgrant.CreditGrantPeriod;
import io.flexprice.domain.creditgrant.CreditGrantScope;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.subscription.NewSubscription;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.ports.application.wallet.ManageWalletsService;
import io.flexprice.ports.application.wallet.TopUpWalletService;
import io.flexprice.ports.testing.FakeCreditGrantApplicationRepository;
import io.flexprice.ports.testing.FakeCreditGrantRepository;
import io.flexprice.ports.testing.FakeCustomerRepository;
import io.flexprice.ports.testing.FakeSubscriptionRepository;
import io.flexprice.ports.testing.FakeWalletRepository;
import io.flexprice.ports.testing.FakeWalletTransactionRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.PriceCommands;
import io.flexprice.ports.testing.RecordingTopUpInvoicer;
import io.flexprice.ports.testing.SequentialIdGenerator;
import io.flexprice.ports.testing.TestClock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The grant run over fakes and the real wallet services, with builders for grants and subscriptions. */
final class CreditGrantWorld {

    static final Instant JAN_1 = Instant.parse("2024-01-01T00:00:00Z");

    final TestClock clock = new TestClock(JAN_1);
    final FakeCreditGrantRepository grants = new FakeCreditGrantRepository();
    final FakeCreditGrantApplicationRepository applications = new FakeCreditGrantApplicationRepository();
    final FakeSubscriptionRepository subscriptions = new FakeSubscriptionRepository();
    final FakeWalletRepository wallets = new FakeWalletRepository();
    final FakeWalletTransactionRepository entries = new FakeWalletTransactionRepository();
    final FakeCustomerRepository customers = new FakeCustomerRepository();
    final SequentialIdGenerator ids = new SequentialIdGenerator();
    final ImmediateTransactions transactions = new ImmediateTransactions();
    final RecordingTopUpInvoicer invoicer = new RecordingTopUpInvoicer();
    final ManageWalletsService manageWallets = new ManageWalletsService(wallets, entries, customers, invoicer,
            transactions, ids, clock);
    final TopUpWalletService topUps = new TopUpWalletService(wallets, entries, invoicer, transactions, ids, clock);
    final ApplyDueCreditGrantsService run = new ApplyDueCreditGrantsService(grants, applications, subscriptions,
            wallets, manageWallets, topUps, transactions, ids);

    /** A monthly subscription of plan_1 for cust_1 in USD, anniversary from {@code start}, ending at {@code end}. */
    Subscription subscription(Scope scope, String id, Instant start, Instant end) {
        ListedPrice fee = new ListedPrice(PriceId.of("price_1"), scope, PriceEntityType.PLAN, "plan_1", null, null,
                "Fee", null, Metadata.EMPTY, PriceCommands.flatFee("10.00"), Status.PUBLISHED,
                Audit.createdBy("a", start));
        Subscription subscription = Subscription.create(new NewSubscription(SubscriptionId.of(id), scope,
                        CustomerId.of("cust_1"), PlanId.of("plan_1"), PriceCommands.USD, BillingCycle.ANNIVERSARY, null,
                        BillingPeriod.MONTHLY, 1, ZoneId.of("UTC"), start, end, null, null, null, null, false, null,
                        null, null, null),
                List.of(fee), () -> SubscriptionLineItemId.of("line_" + id), Audit.createdBy("a", start));
        subscriptions.insert(subscription);
        return subscription;
    }

    /** A grant of plan_1 ({@code subscription} null) or of the subscription, created a day before January 1st. */
    CreditGrant grant(Scope scope, String id, String subscription, String credits, CreditGrantCadence cadence,
                      CreditGrantExpiryType expiry, Integer duration, CreditGrantExpiryDurationUnit unit) {
        CreditGrant grant = new CreditGrant(CreditGrantId.of(id), scope, "Grant " + id,
                subscription == null ? CreditGrantScope.PLAN : CreditGrantScope.SUBSCRIPTION,
                subscription == null ? PlanId.of("plan_1") : null,
                subscription == null ? null : SubscriptionId.of(subscription), Credits.of(credits), cadence,
                cadence == CreditGrantCadence.RECURRING ? CreditGrantPeriod.MONTHLY : null, null, expiry, duration,
                unit, null, null, null, null, null, null, Status.PUBLISHED,
                Audit.createdBy("a", JAN_1.minusSeconds(86_400)));
        grants.insert(grant);
        return grant;
    }

    CreditGrant monthlyPlanGrant(Scope scope, String credits, CreditGrantExpiryType expiry) {
        return grant(scope, "cg_monthly", null, credits, CreditGrantCadence.RECURRING, expiry, null, null);
    }

    /** The customer's ledger: "reason credits expiry-date", oldest first. */
    List<String> ledger(Scope scope) {
        return wallets.findByCustomer(scope, CustomerId.of("cust_1")).stream()
                .flatMap(w -> entries.of(w.id()).stream())
                .map(CreditGrantWorld::describe).toList();
    }

    private static String describe(WalletTransaction t) {
        return t.reason() + " " + t.creditAmount().toPlainString() + " "
                + (t.expiryDate() == null ? "never" : t.expiryDate().toString());
    }
}
