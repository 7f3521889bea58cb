package io.flexprice.sdk.prices;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.List;
import java.util.Objects;

/** Prices: {@code /v1/prices}. Get it from {@code FlexpriceClient.prices()}. */
public final class PricesService {

    private static final TypeReference<ListEnvelope<Price>> LIST = new TypeReference<>() {
    };

    private final ApiClient api;

    public PricesService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    public Price create(CreatePriceParams params) {
        return create(params, RequestOptions.NONE);
    }

    public Price create(CreatePriceParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/prices", params), Price.class, options);
    }

    /** Creates every price or none ({@code POST /v1/prices/bulk}); the created prices in request order. */
    public List<Price> createBulk(List<CreatePriceParams> params) {
        return createBulk(params, RequestOptions.NONE);
    }

    public List<Price> createBulk(List<CreatePriceParams> params, RequestOptions options) {
        if (params == null || params.isEmpty()) {
            throw new IllegalArgumentException("at least one price is required");
        }
        BulkCreated created = api.send(ApiRequest.post("/prices/bulk", new BulkCreate(List.copyOf(params))),
                BulkCreated.class, options);
        return created == null || created.items() == null ? List.of() : List.copyOf(created.items());
    }

    public Price get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/prices/{}", id)), Price.class, RequestOptions.NONE);
    }

    public Price getByLookupKey(String lookupKey) {
        return api.send(ApiRequest.get(ApiRequest.path("/prices/lookup/{}", lookupKey)), Price.class,
                RequestOptions.NONE);
    }

    public Price update(String id, UpdatePriceParams params) {
        return update(id, params, RequestOptions.NONE);
    }

    public Price update(String id, UpdatePriceParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/prices/{}", id), params), Price.class, options);
    }

    public void delete(String id) {
        delete(id, RequestOptions.NONE);
    }

    public void delete(String id, RequestOptions options) {
        api.send(ApiRequest.delete(ApiRequest.path("/prices/{}", id)), options);
    }

    public Page<Price> list() {
        return list(PriceListParams.builder().build());
    }

    public Page<Price> list(PriceListParams params) {
        Objects.requireNonNull(params, "params");
        ListEnvelope<Price> envelope = api.send(ApiRequest.postQuery("/prices/search", params), LIST,
                RequestOptions.NONE);
        return Page.of(envelope, offset -> list(params.withOffset(offset)));
    }

    /** FlexPrice's {@code dto.CreateBulkPriceRequest}. */
    record BulkCreate(List<CreatePriceParams> items) {
    }

    /** FlexPrice's {@code dto.CreateBulkPriceResponse}. */
    record BulkCreated(List<Price> items) {
    }
}
