package io.flexprice.domain.entitlement;

import io.flexprice.domain.feature.FeatureType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a customer (or one subscription) has of one feature once every source that grants it is summed
 * (FlexPrice's {@code dto.AggregatedEntitlement}). The rule, FlexPrice's:
 *
 * <ul>
 *   <li>Only enabled sources count; the feature is enabled if any source enables it.</li>
 *   <li>Metered: the limits add up ({@code usageLimit}); any source without a limit makes the whole unlimited
 *       (null). The limit is soft if any source's is soft. The reset period is the one most sources give
 *       (ties: the shortest, DAILY before MONTHLY before NEVER; FlexPrice leaves ties to map order); null
 *       when none gives one, which means the subscription's billing period.</li>
 *   <li>Static: every distinct value, in the order of the sources.</li>
 * </ul>
 * Without an enabled source: not enabled, a limit of zero, no values.
 */
public record AggregatedEntitlement(FeatureType featureType, boolean enabled, boolean softLimit, BigDecimal usageLimit,
                                    UsageResetPeriod usageResetPeriod, List<String> staticValues) {

    public AggregatedEntitlement {
        staticValues = List.copyOf(staticValues);
    }

    /** The sum of {@code entitlements} (all of one feature, of type {@code featureType}). */
    public static AggregatedEntitlement of(FeatureType featureType, List<Entitlement> entitlements) {
        List<Entitlement> enabled = entitlements.stream().filter(Entitlement::enabled).toList();
        if (enabled.isEmpty()) {
            return new AggregatedEntitlement(featureType, false, false,
                    featureType == FeatureType.METERED ? BigDecimal.ZERO : null, null, List.of());
        }
        if (featureType != FeatureType.METERED) {
            List<String> values = new ArrayList<>();
            if (featureType == FeatureType.STATIC) {
                enabled.stream().map(Entitlement::staticValue)
                        .filter(v -> v != null && !values.contains(v)).forEach(values::add);
            }
            return new AggregatedEntitlement(featureType, true, false, null, null, values);
        }
        BigDecimal limit = BigDecimal.ZERO;
        boolean unlimited = false;
        boolean soft = false;
        Map<UsageResetPeriod, Integer> periods = new EnumMap<>(UsageResetPeriod.class);
        for (Entitlement e : enabled) {
            if (e.usageLimit() == null) {
                unlimited = true;
            } else {
                limit = limit.add(e.usageLimit());
            }
            soft |= e.softLimit();
            if (e.usageResetPeriod() != null) {
                periods.merge(e.usageResetPeriod(), 1, Integer::sum);
            }
        }
        UsageResetPeriod period = null;
        int most = 0;
        for (Map.Entry<UsageResetPeriod, Integer> count : periods.entrySet()) { // enum order: shortest first
            if (count.getValue() > most) {
                most = count.getValue();
                period = count.getKey();
            }
        }
        return new AggregatedEntitlement(featureType, true, soft, unlimited ? null : limit, period, List.of());
    }

    /** Whether usage of a metered feature is unlimited: enabled without a limit. */
    public boolean isUnlimited() {
        return enabled && featureType == FeatureType.METERED && usageLimit == null;
    }
}
