package io.flexprice.ports.out.customer;

import io.flexprice.domain.common.Status;
import java.util.List;

/**
 * Narrows a customer search; empty lists and nulls do not narrow. {@code status} null means every
 * status but deleted.
 */
public record CustomerFilter(List<String> customerIds, List<String> externalIds, String email, Status status) {

    public static final CustomerFilter ALL_LIVE = new CustomerFilter(List.of(), List.of(), null, null);

    public CustomerFilter {
        customerIds = customerIds == null ? List.of() : List.copyOf(customerIds);
        externalIds = externalIds == null ? List.of() : List.copyOf(externalIds);
    }
}
