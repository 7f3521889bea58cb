package io.flexprice.ports.in.entitlement;

import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.entitlement.EntitlementSource;
import io.flexprice.domain.entitlement.FeatureAccess;
import io.flexprice.domain.entitlement.UsageResetWindow;
import io.flexprice.domain.feature.Feature;
import java.util.List;
import java.util.Objects;

/**
 * The answer of {@link CheckEntitlementQuery#check}: whether the customer may use the feature now
 * ({@code access.allowed()}), how much is left ({@code access.remaining()}), the usage counted
 * ({@code access.currentUsage()}) over {@code window} (null for unmetered features and for a customer without
 * the feature), and the entitlements summed.
 */
public record EntitlementCheck(Customer customer, Feature feature, FeatureAccess access, UsageResetWindow window,
                               List<EntitlementSource> sources) {

    public EntitlementCheck {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(access, "access");
        sources = List.copyOf(sources);
    }
}
