package io.flexprice.adapters.http.creditgrant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.common.Metadata;
import io.flexprice.ports.in.creditgrant.UpdateCreditGrantCommand;
import java.util.Map;

/** FlexPrice's {@code dto.UpdateCreditGrantRequest}: the name and the metadata; absent leaves them as they are. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateCreditGrantRequest(String name, Map<String, String> metadata) {

    public UpdateCreditGrantCommand toCommand() {
        return new UpdateCreditGrantCommand(name, metadata == null ? null : Metadata.of(metadata));
    }
}
