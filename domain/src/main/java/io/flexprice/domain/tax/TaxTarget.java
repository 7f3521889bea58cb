package io.flexprice.domain.tax;

import io.flexprice.domain.common.Violations;
import io.flexprice.domain.tenancy.Scope;
import java.util.List;
import java.util.Objects;

/**
 * What an invoice is taxed for: a subscription of a customer, in the scope's tenant. The subscription may be
 * absent (a one-off invoice of the customer).
 */
public record TaxTarget(Scope scope, String customerId, String subscriptionId) {

    public TaxTarget {
        Objects.requireNonNull(scope, "scope");
        new Violations()
                .requireText(customerId, "customer_id")
                .throwIfAny();
        subscriptionId = subscriptionId == null || subscriptionId.isBlank() ? null : subscriptionId;
    }

    /** The entities whose associations count, the most specific first: subscription, customer, tenant. */
    public List<TaxEntity> entitiesByPrecedence() {
        TaxEntity tenant = new TaxEntity(TaxEntityType.TENANT, scope.tenantId().value());
        TaxEntity customer = new TaxEntity(TaxEntityType.CUSTOMER, customerId);
        return subscriptionId == null ? List.of(customer, tenant)
                : List.of(new TaxEntity(TaxEntityType.SUBSCRIPTION, subscriptionId), customer, tenant);
    }
}
