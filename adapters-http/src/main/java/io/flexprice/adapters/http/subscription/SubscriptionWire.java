package io.flexprice.adapters.http.subscription;

import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.adapters.http.pricing.TierRequest;
import io.flexprice.adapters.http.pricing.TransformQuantityRequest;
import io.flexprice.domain.pricing.PriceTier;
import io.flexprice.domain.pricing.RoundType;
import io.flexprice.domain.pricing.TransformQuantity;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Parsing shared by the subscription requests; every violation is recorded in the {@link WireParser}. */
final class SubscriptionWire {

    private SubscriptionWire() {
    }

    /** An enum from its wire value (any case), or null when absent or invalid. */
    static <E> E wireEnum(WireParser wire, String prefix, String text, Function<String, E> fromWire) {
        return text == null || text.isBlank() ? null : wire.parse(prefix, () -> fromWire.apply(text.trim()));
    }

    /** Tiers, or null when absent; invalid ones recorded under {@code prefix}tiers[i]. */
    static List<PriceTier> tiers(WireParser wire, String prefix, List<TierRequest> tiers) {
        if (tiers == null) {
            return null;
        }
        List<PriceTier> parsed = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            TierRequest tier = tiers.get(i);
            if (tier == null) {
                wire.add(prefix + "tiers[" + i + "]", "is required");
            }
            parsed.add(tier == null ? null : tier.toTier(wire, prefix + "tiers[" + i + "]."));
        }
        return parsed;
    }

    static TransformQuantity transform(WireParser wire, String prefix, TransformQuantityRequest request) {
        return request == null ? null : wire.parse(prefix, () -> new TransformQuantity(request.divideBy(),
                request.round() == null ? null : RoundType.fromWire(request.round())));
    }
}
