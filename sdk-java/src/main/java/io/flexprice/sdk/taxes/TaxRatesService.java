package io.flexprice.sdk.taxes;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.List;
import java.util.Objects;

/** Tax rates: {@code /v1/taxes/rates}. Get it from {@code FlexpriceClient.taxRates()}. */
public final class TaxRatesService {

    private static final TypeReference<List<TaxRate>> RATES = new TypeReference<>() {
    };

    private final ApiClient api;

    public TaxRatesService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    public TaxRate create(CreateTaxRateParams params) {
        return create(params, RequestOptions.NONE);
    }

    public TaxRate create(CreateTaxRateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/taxes/rates", params), TaxRate.class, options);
    }

    public TaxRate get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/taxes/rates/{}", id)), TaxRate.class, RequestOptions.NONE);
    }

    public TaxRate update(String id, UpdateTaxRateParams params) {
        return update(id, params, RequestOptions.NONE);
    }

    public TaxRate update(String id, UpdateTaxRateParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/taxes/rates/{}", id), params), TaxRate.class, options);
    }

    /** Deletes a rate no association uses (one in use: {@code ConflictException}). */
    public void delete(String id) {
        delete(id, RequestOptions.NONE);
    }

    public void delete(String id, RequestOptions options) {
        api.send(ApiRequest.delete(ApiRequest.path("/taxes/rates/{}", id)), options);
    }

    public List<TaxRate> list() {
        return list(TaxRateListParams.builder().build());
    }

    /**
     * One page of rates ({@code limit} and {@code offset} choose it). FlexPrice's API document answers this
     * operation with a bare JSON array, without a total, so it is a list rather than a {@link
     * io.flexprice.sdk.common.Page}; a server answering FlexPrice's list object ({@code items}) is read too.
     */
    public List<TaxRate> list(TaxRateListParams params) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.get("/taxes/rates")
                .withQuery("taxrate_ids", joined(params.taxRateIds()))
                .withQuery("taxrate_codes", joined(params.taxRateCodes()))
                .withQuery("scope", params.scope())
                .withQuery("status", params.status())
                .withQuery("limit", params.limit())
                .withQuery("offset", params.offset())
                .withQuery("order", params.order());
        JsonNode answer = api.send(request, JsonNode.class, RequestOptions.NONE);
        if (answer == null || answer.isNull()) {
            return List.of();
        }
        JsonNode items = answer.isArray() ? answer : answer.path("items");
        return items.isArray() ? List.copyOf(api.json().convertValue(items, RATES)) : List.of();
    }

    /** FlexPrice's SDK sends these lists comma separated ({@code explode: false}). */
    private static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
