package io.flexprice.adapters.http.tenancy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.ports.in.tenancy.ManageApiKeysUseCase.IssuedApiKey;

/** FlexPrice's {@code dto.CreateAPIKeyResponse}: the raw key, shown this once, and its description. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateApiKeyResponse(String apiKey, SecretResponse secret) {

    public static CreateApiKeyResponse from(IssuedApiKey issued) {
        return new CreateApiKeyResponse(issued.rawKey(), SecretResponse.from(issued.key()));
    }
}
