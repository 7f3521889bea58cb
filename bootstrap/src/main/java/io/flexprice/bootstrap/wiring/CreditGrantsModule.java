package io.flexprice.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.flexprice.ports.application.creditgrant.ApplyDueCreditGrantsService;
import io.flexprice.ports.application.creditgrant.FindCreditGrantsService;
import io.flexprice.ports.application.creditgrant.ManageCreditGrantsService;
import io.flexprice.ports.in.creditgrant.ApplyDueCreditGrantsUseCase;
import io.flexprice.ports.in.creditgrant.FindCreditGrantsQuery;
import io.flexprice.ports.in.creditgrant.ManageCreditGrantsUseCase;
import io.flexprice.ports.in.wallet.ManageWalletsUseCase;
import io.flexprice.ports.in.wallet.TopUpWalletUseCase;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.creditgrant.CreditGrantApplicationRepository;
import io.flexprice.ports.out.creditgrant.CreditGrantRepository;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import io.flexprice.ports.out.wallet.WalletRepository;
import java.time.Clock;

/**
 * Credit grants and the grant run. What runs the grant run is not wired here: local mode's
 * {@code BillingLoopScheduler} calls it after each billing run. Installed by {@link CoreModule}.
 */
final class CreditGrantsModule extends AbstractModule {

    @Provides
    @Singleton
    ManageCreditGrantsUseCase manageCreditGrants(CreditGrantRepository grants, PlanRepository plans,
                                                 SubscriptionRepository subscriptions, IdGenerator ids,
                                                 Clock clock) {
        return new ManageCreditGrantsService(grants, plans, subscriptions, ids, clock);
    }

    @Provides
    @Singleton
    FindCreditGrantsQuery findCreditGrants(CreditGrantRepository grants, CustomerRepository customers,
                                           CreditGrantApplicationRepository applications, PlanRepository plans,
                                           SubscriptionRepository subscriptions, Clock clock) {
        return new FindCreditGrantsService(grants, applications, plans, subscriptions, customers, clock);
    }

    @Provides
    @Singleton
    ApplyDueCreditGrantsUseCase applyDueCreditGrants(CreditGrantRepository grants,
                                                     CreditGrantApplicationRepository applications,
                                                     SubscriptionRepository subscriptions, WalletRepository wallets,
                                                     ManageWalletsUseCase manageWallets,
                                                     TopUpWalletUseCase topUps, Transactions transactions,
                                                     IdGenerator ids) {
        return new ApplyDueCreditGrantsService(grants, applications, subscriptions, wallets, manageWallets, topUps,
                transactions, ids);
    }
}
