package io.flexprice.ports.in.feature;

import io.flexprice.domain.metering.PropertyFilter;
import java.util.List;
import java.util.Map;

/** A partial update: null fields keep their value; {@code filters} replaces the meter's filters. */
public record UpdateFeatureCommand(String name, String description, String unitSingular, String unitPlural,
                                   Map<String, String> metadata, List<PropertyFilter> filters) {
}
