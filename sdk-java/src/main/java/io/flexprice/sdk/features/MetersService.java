package io.flexprice.sdk.features;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.Objects;

/**
 * Meters, read only: {@code /v1/meters}. Meters are created with their metered feature
 * ({@link FeaturesService#create(CreateFeatureParams)}). Get it from {@code FlexpriceClient.meters()}.
 */
public final class MetersService {

    private static final TypeReference<ListEnvelope<Meter>> LIST = new TypeReference<>() {
    };

    private final ApiClient api;

    public MetersService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    public Meter get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/meters/{}", id)), Meter.class, RequestOptions.NONE);
    }

    public Page<Meter> list() {
        return list(MeterListParams.builder().build());
    }

    public Page<Meter> list(MeterListParams params) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.get("/meters")
                .withQuery("limit", params.limit())
                .withQuery("offset", params.offset())
                .withQuery("order", params.order());
        return Page.of(api.send(request, LIST, RequestOptions.NONE), offset -> list(params.withOffset(offset)));
    }
}
