package io.flexprice.sdk.costs;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.Objects;

/**
 * Costsheets and cost analytics: {@code /v1/costs}. Get it from {@code FlexpriceClient.costs()}. A costsheet's prices
 * are made with {@code prices().create} (entity type COSTSHEET).
 */
public final class CostsService {

    private static final TypeReference<ListEnvelope<Costsheet>> LIST = new TypeReference<>() {
    };

    private final ApiClient api;

    public CostsService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** FlexPrice answers {@code {"costsheet": {...}}}; the costsheet is returned. */
    public Costsheet create(CreateCostsheetParams params) {
        return create(params, RequestOptions.NONE);
    }

    public Costsheet create(CreateCostsheetParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/costs", params), Costsheet.Envelope.class, options).costsheet();
    }

    public Costsheet get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/costs/{}", id)), Costsheet.Envelope.class,
                RequestOptions.NONE).costsheet();
    }

    /** The environment's active costsheet (answered unwrapped, as FlexPrice does). */
    public Costsheet active() {
        return api.send(ApiRequest.get("/costs/active"), Costsheet.class, RequestOptions.NONE);
    }

    public Costsheet update(String id, UpdateCostsheetParams params) {
        return update(id, params, RequestOptions.NONE);
    }

    public Costsheet update(String id, UpdateCostsheetParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/costs/{}", id), params), Costsheet.Envelope.class, options)
                .costsheet();
    }

    /** Deletes the costsheet and its prices. */
    public void delete(String id) {
        delete(id, RequestOptions.NONE);
    }

    public void delete(String id, RequestOptions options) {
        api.send(ApiRequest.delete(ApiRequest.path("/costs/{}", id)), options);
    }

    public Page<Costsheet> list() {
        return list(CostsheetListParams.builder().build());
    }

    /** {@code POST /v1/costs/search}. */
    public Page<Costsheet> list(CostsheetListParams params) {
        Objects.requireNonNull(params, "params");
        ListEnvelope<Costsheet> envelope = api.send(ApiRequest.postQuery("/costs/search", params), LIST,
                RequestOptions.NONE);
        return Page.of(envelope, offset -> list(params.withOffset(offset)));
    }

    /** {@code POST /v1/costs/analytics}: cost, revenue and margin of the usage in a period (a read). */
    public CostAnalytics analytics(CostAnalyticsParams params) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.postQuery("/costs/analytics", params), CostAnalytics.class, RequestOptions.NONE);
    }

    /** {@code POST /v1/costs/analytics-v2}; this server answers it as {@link #analytics}. */
    public CostAnalytics analyticsV2(CostAnalyticsParams params) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.postQuery("/costs/analytics-v2", params), CostAnalytics.class,
                RequestOptions.NONE);
    }
}
