package io.flexprice.ports.application.wallet;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.subscription.ChargeLine;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.subscription.FindSubscriptionsQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import io.flexprice.ports.out.wallet.UnbilledUsage;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * The unbilled usage of a customer, read through the subscriptions: for each of its ACTIVE, TRIALING or PAUSED
 * subscriptions in the currency, the usage charges of its current period up to now, as
 * {@link FindSubscriptionsQuery#usage} prices them (FlexPrice's current-period usage). Usage is invoiced in arrears
 * at the period's end, so none of it is invoiced yet.
 */
public final class SubscriptionsUnbilledUsage implements UnbilledUsage {

    static final List<SubscriptionStatus> LIVE = List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING,
            SubscriptionStatus.PAUSED);
    private static final String ACTOR = "wallets";

    private final FindSubscriptionsQuery subscriptions;

    public SubscriptionsUnbilledUsage(FindSubscriptionsQuery subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public Money currentPeriod(Scope scope, CustomerId customerId, Currency currency, Instant now) {
        Caller caller = new Caller(scope, ACTOR);
        SubscriptionFilter filter = new SubscriptionFilter(null, List.of(customerId.value()), null, LIVE, null);
        Money total = Money.zero(currency);
        int offset = 0;
        Page<Subscription> page;
        do {
            page = subscriptions.search(caller, filter, PageRequest.of(PageRequest.MAX_LIMIT, offset, null));
            for (Subscription subscription : page.items()) {
                if (subscription.currency().equals(currency)) {
                    for (ChargeLine charge : subscriptions.usage(caller, subscription.id(), null, null).charges()) {
                        total = total.plus(charge.amount());
                    }
                }
            }
            offset += page.items().size();
        } while (!page.items().isEmpty() && offset < page.total());
        return total;
    }
}
