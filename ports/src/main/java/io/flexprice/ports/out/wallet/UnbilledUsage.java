package io.flexprice.ports.out.wallet;

import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.Currency;

/** What a customer's usage has cost so far in the current billing periods and is not invoiced yet. */
public interface UnbilledUsage {

    /**
     * The charges of the usage prices of the customer's active subscriptions in {@code currency}, from the start of
     * each subscription's current period up to {@code now}, not invoiced yet; zero if there are none.
     */
    Money currentPeriod(Scope scope, CustomerId customerId, Currency currency, Instant now);
}
