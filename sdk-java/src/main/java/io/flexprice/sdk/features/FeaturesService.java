package io.flexprice.sdk.features;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.Objects;

/** Features and their meters: {@code /v1/features}. Get it from {@code FlexpriceClient.features()}. */
public final class FeaturesService {

    private static final TypeReference<ListEnvelope<Feature>> LIST = new TypeReference<>() {
    };

    private final ApiClient api;

    public FeaturesService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** Creates a feature; a metered one with a new meter when {@code params.meter()} describes one. */
    public Feature create(CreateFeatureParams params) {
        return create(params, RequestOptions.NONE);
    }

    public Feature create(CreateFeatureParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/features", params), Feature.class, options);
    }

    public Feature get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/features/{}", id)), Feature.class, RequestOptions.NONE);
    }

    public Feature update(String id, UpdateFeatureParams params) {
        return update(id, params, RequestOptions.NONE);
    }

    public Feature update(String id, UpdateFeatureParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/features/{}", id), params), Feature.class, options);
    }

    public void delete(String id) {
        delete(id, RequestOptions.NONE);
    }

    public void delete(String id, RequestOptions options) {
        api.send(ApiRequest.delete(ApiRequest.path("/features/{}", id)), options);
    }

    public Page<Feature> list() {
        return list(FeatureListParams.builder().build());
    }

    public Page<Feature> list(FeatureListParams params) {
        Objects.requireNonNull(params, "params");
        ListEnvelope<Feature> envelope = api.send(ApiRequest.postQuery("/features/search", params), LIST,
                RequestOptions.NONE);
        return Page.of(envelope, offset -> list(params.withOffset(offset)));
    }
}
