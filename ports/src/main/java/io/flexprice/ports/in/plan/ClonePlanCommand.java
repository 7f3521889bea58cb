package io.flexprice.ports.in.plan;

import java.util.Map;

/**
 * FlexPrice's plan clone: the new plan's {@code name} and {@code lookupKey} are required (the name must
 * differ from the source's); {@code description} null keeps the source's; {@code metadata} is laid over the
 * source's.
 */
public record ClonePlanCommand(String name, String lookupKey, String description, Map<String, String> metadata) {
}
