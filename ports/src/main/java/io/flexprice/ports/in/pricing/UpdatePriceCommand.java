package io.flexprice.ports.in.pricing;

import java.util.Map;

/** The fields of a price a client may change; null keeps the current value. The terms never change. */
public record UpdatePriceCommand(String lookupKey, String displayName, String description,
                                 Map<String, String> metadata) {
}
