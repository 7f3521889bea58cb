package io.flexprice.ports.application.wallet;

import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.wallet.UnbilledUsage;
import java.time.Instant;
import java.util.Currency;

/**
 * The {@link UnbilledUsage} of a build whose subscriptions are not connected to wallets: no usage is unbilled, so
 * a wallet's real-time balance is its balance.
 */
public final class UnbilledUsageNotConnected implements UnbilledUsage {

    @Override
    public Money currentPeriod(Scope scope, CustomerId customerId, Currency currency, Instant now) {
        return Money.zero(currency);
    }
}
