package io.flexprice.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.flexprice.ports.application.billing.BillDueSubscriptionsService;
import io.flexprice.ports.in.billing.BillDueSubscriptionsUseCase;
import io.flexprice.ports.in.invoice.BillSubscriptionPeriodsUseCase;
import io.flexprice.ports.out.billing.BillingCursorRepository;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.subscription.SubscriptionRepository;

/**
 * The billing loop's use case. What runs it is not wired here: local mode's {@code BillingLoopScheduler} is a
 * Dropwizard {@code Managed} the application starts (modules start no threads). Installed by {@link CoreModule}.
 */
final class BillingLoopModule extends AbstractModule {

    @Provides
    @Singleton
    BillDueSubscriptionsUseCase billDueSubscriptions(BillingCursorRepository cursors,
                                                     SubscriptionRepository subscriptions,
                                                     BillSubscriptionPeriodsUseCase periods,
                                                     Transactions transactions) {
        return new BillDueSubscriptionsService(cursors, subscriptions, periods, transactions);
    }
}
