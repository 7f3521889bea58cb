package io.flexprice.sdk.plans;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.Objects;

/** Plans: {@code /v1/plans}. Get it from {@code FlexpriceClient.plans()}. */
public final class PlansService {

    private static final TypeReference<ListEnvelope<Plan>> LIST = new TypeReference<>() {
    };

    private final ApiClient api;

    public PlansService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** Creates a plan with the prices in {@code params}, all or nothing. */
    public Plan create(CreatePlanParams params) {
        return create(params, RequestOptions.NONE);
    }

    public Plan create(CreatePlanParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/plans", params), Plan.class, options);
    }

    /** The plan with its live prices. */
    public Plan get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/plans/{}", id)), Plan.class, RequestOptions.NONE);
    }

    public Plan update(String id, UpdatePlanParams params) {
        return update(id, params, RequestOptions.NONE);
    }

    public Plan update(String id, UpdatePlanParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/plans/{}", id), params), Plan.class, options);
    }

    /** Deletes the plan and its prices. */
    public void delete(String id) {
        delete(id, RequestOptions.NONE);
    }

    public void delete(String id, RequestOptions options) {
        api.send(ApiRequest.delete(ApiRequest.path("/plans/{}", id)), options);
    }

    /** A new plan with copies of the source's current prices (without their lookup keys); 201. */
    public Plan clone(String id, ClonePlanParams params) {
        return clone(id, params, RequestOptions.NONE);
    }

    public Plan clone(String id, ClonePlanParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post(ApiRequest.path("/plans/{}/clone", id), params), Plan.class, options);
    }

    /**
     * Brings the plan's running subscriptions in line with its prices: its new recurring prices become line
     * items, the lines of prices that ended end with them. Running it again changes nothing.
     */
    public PlanSync syncSubscriptions(String id) {
        return syncSubscriptions(id, RequestOptions.NONE);
    }

    public PlanSync syncSubscriptions(String id, RequestOptions options) {
        return api.send(ApiRequest.post(ApiRequest.path("/plans/{}/sync/subscriptions", id), null), PlanSync.class,
                options);
    }

    public Page<Plan> list() {
        return list(PlanListParams.builder().build());
    }

    public Page<Plan> list(PlanListParams params) {
        Objects.requireNonNull(params, "params");
        ListEnvelope<Plan> envelope = api.send(ApiRequest.postQuery("/plans/search", params), LIST,
                RequestOptions.NONE);
        return Page.of(envelope, offset -> list(params.withOffset(offset)));
    }
}
