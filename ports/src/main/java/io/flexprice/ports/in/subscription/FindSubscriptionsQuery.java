package io.flexprice.ports.in.subscription;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.subscription.AddonAssociation;
import io.flexprice.domain.subscription.ChargeLine;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionPause;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import java.time.Instant;
import java.util.List;

public interface FindSubscriptionsQuery {

    /**
     * The live subscription as it stands now.
     *
     * @throws io.flexprice.domain.common.NotFoundException if there is none with this id
     */
    Subscription get(Caller caller, SubscriptionId id);

    Page<Subscription> search(Caller caller, SubscriptionFilter filter, PageRequest page);

    /** Its addon associations, running and ended, in the order they were added. */
    List<AddonAssociation> addonAssociations(Caller caller, SubscriptionId id);

    /** The names the line items of {@code subscriptions} are shown with: their plans' and meters'. */
    LineItemNames lineItemNames(Caller caller, List<Subscription> subscriptions);

    /** Its pauses, oldest first. */
    List<SubscriptionPause> pauses(Caller caller, SubscriptionId id);

    /**
     * The usage charges of {@code [start, end)}: by default the current period up to now. Each USAGE line item
     * in force is read from its meter over its window and priced; commitment lines follow.
     */
    Usage usage(Caller caller, SubscriptionId id, Instant start, Instant end);

    /** The usage of a subscription over {@code period}, as {@link io.flexprice.domain.subscription.SubscriptionCharges#arrear} prices it. */
    record Usage(Subscription subscription, Period period, List<ChargeLine> charges) {

        public Usage {
            charges = List.copyOf(charges);
        }
    }
}
