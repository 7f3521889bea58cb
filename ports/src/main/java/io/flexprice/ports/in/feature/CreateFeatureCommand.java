package io.flexprice.ports.in.feature;

import io.flexprice.domain.feature.FeatureType;
import java.util.Map;

/**
 * A new feature. A metered feature names an existing meter ({@code meterId}) or describes a new one
 * ({@code meter}).
 */
public record CreateFeatureCommand(String name, String description, String lookupKey, FeatureType type,
                                   String meterId, MeterSpec meter, String unitSingular, String unitPlural,
                                   Map<String, String> metadata) {
}
