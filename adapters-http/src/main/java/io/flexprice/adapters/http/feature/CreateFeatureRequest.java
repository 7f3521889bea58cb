package io.flexprice.adapters.http.feature;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.ports.in.feature.CreateFeatureCommand;
import io.flexprice.ports.in.feature.MeterSpec;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateFeatureRequest}: a {@code metered} feature names its meter
 * ({@code meter_id}) or describes a new one ({@code meter}). {@code alert_settings} is accepted and
 * ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateFeatureRequest(String name, String description, String lookupKey, String type,
                                   String meterId, MeterRequest meter, String unitSingular, String unitPlural,
                                   Map<String, String> metadata) {

    public CreateFeatureCommand toCommand() {
        WireParser wire = new WireParser();
        FeatureType featureType = type == null || type.isBlank() ? null : wire.parse(() -> FeatureType.fromWire(type));
        MeterSpec spec = meter == null ? null : meter.toSpec(wire);
        wire.throwIfInvalid();
        return new CreateFeatureCommand(name, description, lookupKey, featureType,
                meterId == null || meterId.isBlank() ? null : meterId, spec, unitSingular, unitPlural, metadata);
    }
}
