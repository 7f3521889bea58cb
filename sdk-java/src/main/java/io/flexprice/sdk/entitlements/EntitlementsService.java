package io.flexprice.sdk.entitlements;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Entitlements: {@code /v1/entitlements}, the check, and what a plan, addon, subscription or customer grants. Get it
 * from {@code FlexpriceClient.entitlements()}.
 */
public final class EntitlementsService {

    private static final TypeReference<ListEnvelope<Entitlement>> LIST = new TypeReference<>() {
    };

    private final ApiClient api;

    public EntitlementsService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    public Entitlement create(CreateEntitlementParams params) {
        return create(params, RequestOptions.NONE);
    }

    public Entitlement create(CreateEntitlementParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/entitlements", params), Entitlement.class, options);
    }

    public List<Entitlement> createBulk(List<CreateEntitlementParams> items) {
        return createBulk(items, RequestOptions.NONE);
    }

    /** {@code POST /v1/entitlements/bulk}: every entitlement created, or none (1 or more items). */
    public List<Entitlement> createBulk(List<CreateEntitlementParams> items, RequestOptions options) {
        Objects.requireNonNull(items, "items");
        if (items.isEmpty()) {
            throw new IllegalArgumentException("items: at least one entitlement is required");
        }
        return items(api.send(ApiRequest.post("/entitlements/bulk", Map.of("items", List.copyOf(items))), LIST,
                options));
    }

    public Entitlement get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/entitlements/{}", id)), Entitlement.class,
                RequestOptions.NONE);
    }

    public Entitlement update(String id, UpdateEntitlementParams params) {
        return update(id, params, RequestOptions.NONE);
    }

    public Entitlement update(String id, UpdateEntitlementParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/entitlements/{}", id), params), Entitlement.class, options);
    }

    public void delete(String id) {
        delete(id, RequestOptions.NONE);
    }

    public void delete(String id, RequestOptions options) {
        api.send(ApiRequest.delete(ApiRequest.path("/entitlements/{}", id)), options);
    }

    public Page<Entitlement> list() {
        return list(EntitlementListParams.builder().build());
    }

    /** {@code POST /v1/entitlements/search}. */
    public Page<Entitlement> list(EntitlementListParams params) {
        Objects.requireNonNull(params, "params");
        ListEnvelope<Entitlement> envelope = api.send(ApiRequest.postQuery("/entitlements/search", params), LIST,
                RequestOptions.NONE);
        return Page.of(envelope, offset -> list(params.withOffset(offset)));
    }

    /** {@code GET /v1/entitlements/check}: whether the customer may use the feature now, and what is left. */
    public EntitlementCheck check(EntitlementCheckParams params) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.get("/entitlements/check")
                .withQuery("customer_id", params.customerId())
                .withQuery("external_customer_id", params.externalCustomerId())
                .withQuery("feature_id", params.featureId())
                .withQuery("feature_lookup_key", params.featureLookupKey());
        return api.send(request, EntitlementCheck.class, RequestOptions.NONE);
    }

    /** {@code GET /v1/customers/{id}/entitlements}: each feature the customer is entitled to, summed. */
    public CustomerEntitlements customerEntitlements(String customerId) {
        return customerEntitlements(customerId, null, null);
    }

    /** The same, only for these features and through these subscriptions (null or empty: all). */
    public CustomerEntitlements customerEntitlements(String customerId, List<String> featureIds,
                                                     List<String> subscriptionIds) {
        return api.send(ApiRequest.get(ApiRequest.path("/customers/{}/entitlements", customerId))
                .withQuery("feature_ids", featureIds).withQuery("subscription_ids", subscriptionIds),
                CustomerEntitlements.class, RequestOptions.NONE);
    }

    /** {@code GET /v1/customers/usage}: each entitled feature's usage against its limit. */
    public CustomerUsageSummary customerUsage(CustomerUsageParams params) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.get("/customers/usage")
                .withQuery("customer_id", params.customerId())
                .withQuery("customer_lookup_key", params.customerLookupKey())
                .withQuery("feature_ids", params.featureIds())
                .withQuery("feature_lookup_keys", params.featureLookupKeys())
                .withQuery("subscription_ids", params.subscriptionIds());
        return api.send(request, CustomerUsageSummary.class, RequestOptions.NONE);
    }

    /** {@code GET /v1/plans/{id}/entitlements}: the plan with its entitlements. */
    public PlanEntitlements planEntitlements(String planId) {
        return api.send(ApiRequest.get(ApiRequest.path("/plans/{}/entitlements", planId)), PlanEntitlements.class,
                RequestOptions.NONE);
    }

    /** {@code GET /v1/addons/{id}/entitlements}: the addon's entitlements, all on one page. */
    public List<Entitlement> addonEntitlements(String addonId) {
        return items(api.send(ApiRequest.get(ApiRequest.path("/addons/{}/entitlements", addonId)), LIST,
                RequestOptions.NONE));
    }

    /** {@code GET /v1/subscriptions/{id}/entitlements}: what the subscription grants, summed per feature. */
    public SubscriptionEntitlements subscriptionEntitlements(String subscriptionId) {
        return subscriptionEntitlements(subscriptionId, null);
    }

    /** The same, only for these features (null or empty: all). */
    public SubscriptionEntitlements subscriptionEntitlements(String subscriptionId, List<String> featureIds) {
        return api.send(ApiRequest.get(ApiRequest.path("/subscriptions/{}/entitlements", subscriptionId))
                .withQuery("feature_ids", featureIds), SubscriptionEntitlements.class, RequestOptions.NONE);
    }

    private static List<Entitlement> items(ListEnvelope<Entitlement> envelope) {
        return envelope == null || envelope.items() == null ? List.of() : List.copyOf(envelope.items());
    }
}
