package io.flexprice.domain.entitlement;

import io.flexprice.domain.feature.FeatureType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The answer to "may the customer use this feature now, and how much is left?" for an aggregated entitlement
 * and the usage counted in its current reset window ({@code currentUsage}, zero for unmetered features).
 *
 * <ul>
 *   <li>{@link #allowed()}: enabled, and for a metered feature unlimited, soft-limited, or with usage below the
 *       limit. A soft limit never refuses: going past it is reported ({@link #overLimit()}).</li>
 *   <li>{@link #remaining()}: limit minus usage, never below zero; null when unlimited or not metered.</li>
 *   <li>{@link #usagePercent()}: usage as a percentage of the limit, two decimals, half-up; 0 when unlimited,
 *       100 for a limit of zero (FlexPrice's rule; FlexPrice returns the ratio, not a percentage).</li>
 * </ul>
 */
public record FeatureAccess(AggregatedEntitlement entitlement, BigDecimal currentUsage) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FeatureAccess {
        Objects.requireNonNull(entitlement, "entitlement");
        currentUsage = currentUsage == null ? BigDecimal.ZERO : currentUsage;
    }

    public boolean metered() {
        return entitlement.featureType() == FeatureType.METERED;
    }

    public boolean allowed() {
        if (!entitlement.enabled()) {
            return false;
        }
        if (!metered() || entitlement.isUnlimited() || entitlement.softLimit()) {
            return true;
        }
        return currentUsage.compareTo(entitlement.usageLimit()) < 0;
    }

    public boolean overLimit() {
        return metered() && entitlement.enabled() && !entitlement.isUnlimited()
                && currentUsage.compareTo(entitlement.usageLimit()) > 0;
    }

    public BigDecimal remaining() {
        if (!metered() || !entitlement.enabled() || entitlement.isUnlimited()) {
            return metered() && !entitlement.enabled() ? BigDecimal.ZERO : null;
        }
        BigDecimal left = entitlement.usageLimit().subtract(currentUsage);
        return left.signum() < 0 ? BigDecimal.ZERO : left;
    }

    public BigDecimal usagePercent() {
        if (!metered() || entitlement.isUnlimited()) {
            return BigDecimal.ZERO;
        }
        if (entitlement.usageLimit().signum() == 0) {
            return HUNDRED;
        }
        return currentUsage.multiply(HUNDRED).divide(entitlement.usageLimit(), 2, RoundingMode.HALF_UP);
    }
}
