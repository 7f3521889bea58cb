package io.flexprice.ports.out.creditgrant;

import io.flexprice.domain.creditgrant.CreditGrantApplication;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import java.util.List;
import java.util.Optional;

/**
 * The applications of grants, unique per (scope, grant, subscription, period index): that key is what makes a
 * period's credits land once even when two runs race.
 */
public interface CreditGrantApplicationRepository {

    /**
     * Stores the application unless one with its key exists (then nothing changes; a concurrent insert of the same
     * key waits for the other unit of work and then does nothing). @return whether it was stored
     */
    boolean insertIfAbsent(CreditGrantApplication application);

    /** Replaces the stored application with its key (its id and creation are kept). */
    void update(CreditGrantApplication application);

    /** The application with this key, locked until the unit of work ends. */
    Optional<CreditGrantApplication> lock(Scope scope, CreditGrantId grant, SubscriptionId subscription,
                                          int periodIndex);

    /** The application with the highest period index of the grant for the subscription. */
    Optional<CreditGrantApplication> findLatest(Scope scope, CreditGrantId grant, SubscriptionId subscription);

    /** Every application to the subscription, by scheduled time then period index. */
    List<CreditGrantApplication> findBySubscription(Scope scope, SubscriptionId subscription);
}
