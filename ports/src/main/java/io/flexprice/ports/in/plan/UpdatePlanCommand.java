package io.flexprice.ports.in.plan;

import java.util.Map;

/** A partial update: null fields keep their current value. */
public record UpdatePlanCommand(String name, String description, String lookupKey, Map<String, String> metadata) {
}
