package io.flexprice.sdk.apikeys;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.Objects;

/** API keys: {@code /v1/secrets/api/keys}. Get it from {@code FlexpriceClient.apiKeys()}. */
public final class ApiKeysService {

    private static final TypeReference<ListEnvelope<ApiKey>> LIST = new TypeReference<>() {
    };

    private final ApiClient api;

    public ApiKeysService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** Issues a key; the answer holds the raw key, which cannot be read again. */
    public CreatedApiKey create(CreateApiKeyParams params) {
        return create(params, RequestOptions.NONE);
    }

    public CreatedApiKey create(CreateApiKeyParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/secrets/api/keys", params), CreatedApiKey.class, options);
    }

    public Page<ApiKey> list() {
        return list(ApiKeyListParams.builder().build());
    }

    public Page<ApiKey> list(ApiKeyListParams params) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.get("/secrets/api/keys")
                .withQuery("limit", params.limit())
                .withQuery("offset", params.offset())
                .withQuery("status", params.status());
        return Page.of(api.send(request, LIST, RequestOptions.NONE), offset -> list(params.withOffset(offset)));
    }

    /** Revokes the key: requests with it fail with {@code AuthenticationException} from now on. */
    public void delete(String id) {
        delete(id, RequestOptions.NONE);
    }

    public void delete(String id, RequestOptions options) {
        api.send(ApiRequest.delete(ApiRequest.path("/secrets/api/keys/{}", id)), options);
    }
}
