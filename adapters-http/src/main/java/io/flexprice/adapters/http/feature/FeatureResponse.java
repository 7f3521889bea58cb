package io.flexprice.adapters.http.feature;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.feature.Feature;
import io.flexprice.ports.in.feature.ManageFeaturesUseCase.FeatureView;
import java.time.Instant;
import java.util.Map;

/** FlexPrice's {@code dto.FeatureResponse}, with the meter of a metered feature nested. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FeatureResponse(String id, String name, String description, String lookupKey, String type,
                              String meterId, MeterResponse meter, String unitSingular, String unitPlural,
                              Map<String, String> metadata, String status, String tenantId, String environmentId,
                              Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public static FeatureResponse from(FeatureView view) {
        Feature feature = view.feature();
        return new FeatureResponse(feature.id().value(), feature.name(), feature.description(), feature.lookupKey(),
                feature.type().wireValue(), feature.meterId() == null ? null : feature.meterId().value(),
                view.meter() == null ? null : MeterResponse.from(view.meter()), feature.unitSingular(),
                feature.unitPlural(), feature.metadata().values(), feature.status().wireValue(),
                feature.scope().tenantId().value(), feature.scope().environmentId().value(),
                feature.audit().createdAt(), feature.audit().createdBy(), feature.audit().updatedAt(),
                feature.audit().updatedBy());
    }
}
