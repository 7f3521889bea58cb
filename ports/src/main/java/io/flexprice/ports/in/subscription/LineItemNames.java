package io.flexprice.ports.in.subscription;

import io.flexprice.domain.subscription.LineItemEntityType;
import io.flexprice.domain.subscription.SubscriptionLineItem;
import java.util.Map;

/**
 * The names a subscription's line items are shown with, as FlexPrice fills them: {@code plan_display_name} (the
 * plan's name) on lines that come from a plan, {@code meter_display_name} (the meter's name) on lines with a
 * meter. Keyed by plan id and meter id; a plan or meter not found has no name.
 */
public record LineItemNames(Map<String, String> plans, Map<String, String> meters) {

    public static final LineItemNames NONE = new LineItemNames(Map.of(), Map.of());

    public LineItemNames {
        plans = Map.copyOf(plans);
        meters = Map.copyOf(meters);
    }

    /** The plan's name for a line from a plan, else null. */
    public String planDisplayName(SubscriptionLineItem line) {
        return line.entityType() == LineItemEntityType.PLAN ? plans.get(line.entityId()) : null;
    }

    /** The meter's name for a line with a meter, else null. */
    public String meterDisplayName(SubscriptionLineItem line) {
        return line.meterId() == null ? null : meters.get(line.meterId().value());
    }
}
