package io.flexprice.ports.out.subscription;

import io.flexprice.domain.common.Status;
import io.flexprice.domain.subscription.SubscriptionStatus;
import java.util.List;

/**
 * Narrows a subscription search; empty lists and nulls do not narrow. {@code status} null means every status
 * but deleted.
 */
public record SubscriptionFilter(List<String> subscriptionIds, List<String> customerIds, List<String> planIds,
                                 List<SubscriptionStatus> subscriptionStatuses, Status status) {

    public static final SubscriptionFilter ALL_LIVE = new SubscriptionFilter(null, null, null, null, null);

    public SubscriptionFilter {
        subscriptionIds = subscriptionIds == null ? List.of() : List.copyOf(subscriptionIds);
        customerIds = customerIds == null ? List.of() : List.copyOf(customerIds);
        planIds = planIds == null ? List.of() : List.copyOf(planIds);
        subscriptionStatuses = subscriptionStatuses == null ? List.of() : List.copyOf(subscriptionStatuses);
    }
}
