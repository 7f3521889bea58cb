package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Subscriptions: {@code /v1/subscriptions}, their pauses, line items, plan changes and usage. Get it from
 * {@code FlexpriceClient.subscriptions()}.
 */
public final class SubscriptionsService {

    private static final TypeReference<ListEnvelope<Subscription>> LIST = new TypeReference<>() {
    };
    private static final TypeReference<List<SubscriptionPause>> PAUSES = new TypeReference<>() {
    };
    private static final TypeReference<List<AddonAssociation>> ADDONS = new TypeReference<>() {
    };

    private final ApiClient api;

    public SubscriptionsService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** Subscribes a customer to a plan; its prices in the currency become the line items. */
    public Subscription create(CreateSubscriptionParams params) {
        return create(params, RequestOptions.NONE);
    }

    public Subscription create(CreateSubscriptionParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/subscriptions", params), Subscription.class, options);
    }

    /** The subscription with its line items and pauses. */
    public Subscription get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/subscriptions/{}", id)), Subscription.class,
                RequestOptions.NONE);
    }

    public Subscription update(String id, UpdateSubscriptionParams params) {
        return update(id, params, RequestOptions.NONE);
    }

    public Subscription update(String id, UpdateSubscriptionParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/subscriptions/{}", id), params), Subscription.class,
                options);
    }

    public Page<Subscription> list() {
        return list(SubscriptionListParams.builder().build());
    }

    /** {@code POST /v1/subscriptions/search}. */
    public Page<Subscription> list(SubscriptionListParams params) {
        Objects.requireNonNull(params, "params");
        ListEnvelope<Subscription> envelope = api.send(ApiRequest.postQuery("/subscriptions/search", params), LIST,
                RequestOptions.NONE);
        return Page.of(envelope, offset -> list(params.withOffset(offset)));
    }

    /** Cancels now or at the period end; the answer holds the credits for the unused part of the period. */
    public CancelSubscriptionResult cancel(String id, CancelSubscriptionParams params) {
        return cancel(id, params, RequestOptions.NONE);
    }

    public CancelSubscriptionResult cancel(String id, CancelSubscriptionParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post(ApiRequest.path("/subscriptions/{}/cancel", id), params),
                CancelSubscriptionResult.class, options);
    }

    /** Activates a draft from {@code startDate}. */
    public Subscription activate(String id, ActivateSubscriptionParams params) {
        return activate(id, params, RequestOptions.NONE);
    }

    public Subscription activate(String id, ActivateSubscriptionParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post(ApiRequest.path("/subscriptions/{}/activate", id), params),
                Subscription.class, options);
    }

    /** Pauses the subscription; answers the pause. */
    public SubscriptionPause pause(String id, PauseSubscriptionParams params) {
        return pause(id, params, RequestOptions.NONE);
    }

    public SubscriptionPause pause(String id, PauseSubscriptionParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post(ApiRequest.path("/subscriptions/{}/pause", id), params),
                SubscriptionPause.class, options);
    }

    /** Ends the pause in force; answers it. */
    public SubscriptionPause resume(String id, ResumeSubscriptionParams params) {
        return resume(id, params, RequestOptions.NONE);
    }

    public SubscriptionPause resume(String id, ResumeSubscriptionParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post(ApiRequest.path("/subscriptions/{}/resume", id), params),
                SubscriptionPause.class, options);
    }

    /**
     * The subscription's pauses. FlexPrice's API document answers an array of {@code {"items", "total"}}
     * objects; every item of each is returned (a single such object is read too).
     */
    public List<SubscriptionPause> pauses(String id) {
        JsonNode answer = api.send(ApiRequest.get(ApiRequest.path("/subscriptions/{}/pauses", id)), JsonNode.class,
                RequestOptions.NONE);
        List<SubscriptionPause> pauses = new ArrayList<>();
        if (answer != null) {
            for (JsonNode page : answer.isArray() ? answer : List.of(answer)) {
                JsonNode items = page.path("items");
                if (items.isArray()) {
                    pauses.addAll(api.json().convertValue(items, PAUSES));
                }
            }
        }
        return List.copyOf(pauses);
    }

    /** Adds a price to the subscription ({@code POST /v1/subscriptions/{id}/lineitems}). */
    public SubscriptionLineItem addLineItem(String subscriptionId, CreateSubscriptionLineItemParams params) {
        return addLineItem(subscriptionId, params, RequestOptions.NONE);
    }

    public SubscriptionLineItem addLineItem(String subscriptionId, CreateSubscriptionLineItemParams params,
                                            RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post(ApiRequest.path("/subscriptions/{}/lineitems", subscriptionId), params),
                SubscriptionLineItem.class, options);
    }

    /** Ends the line item at {@code effectiveFrom} and answers the new one that follows it with the new terms. */
    public SubscriptionLineItem updateLineItem(String lineItemId, UpdateSubscriptionLineItemParams params) {
        return updateLineItem(lineItemId, params, RequestOptions.NONE);
    }

    public SubscriptionLineItem updateLineItem(String lineItemId, UpdateSubscriptionLineItemParams params,
                                               RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/subscriptions/lineitems/{}", lineItemId), params),
                SubscriptionLineItem.class, options);
    }

    /** Ends the line item now. */
    public SubscriptionLineItem deleteLineItem(String lineItemId) {
        return deleteLineItem(lineItemId, DeleteSubscriptionLineItemParams.builder().build(), RequestOptions.NONE);
    }

    /** Ends the line item at {@code effectiveFrom}; the body is sent with the DELETE, as FlexPrice's SDK does. */
    public SubscriptionLineItem deleteLineItem(String lineItemId, DeleteSubscriptionLineItemParams params) {
        return deleteLineItem(lineItemId, params, RequestOptions.NONE);
    }

    public SubscriptionLineItem deleteLineItem(String lineItemId, DeleteSubscriptionLineItemParams params,
                                               RequestOptions options) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = new ApiRequest("DELETE", ApiRequest.path("/subscriptions/lineitems/{}", lineItemId),
                null, params, true);
        return api.send(request, SubscriptionLineItem.class, options);
    }

    /** What a change of plan would credit and charge; changes nothing. */
    public SubscriptionChangePreview previewChange(String id, SubscriptionChangeParams params) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.postQuery(ApiRequest.path("/subscriptions/{}/change/preview", id), params),
                SubscriptionChangePreview.class, RequestOptions.NONE);
    }

    /** Changes the plan now, or schedules it for the period end. */
    public SubscriptionChangeResult executeChange(String id, SubscriptionChangeParams params) {
        return executeChange(id, params, RequestOptions.NONE);
    }

    public SubscriptionChangeResult executeChange(String id, SubscriptionChangeParams params,
                                                  RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post(ApiRequest.path("/subscriptions/{}/change/execute", id), params),
                SubscriptionChangeResult.class, options);
    }

    /** The subscription's usage charges ({@code POST /v1/subscriptions/usage}, a read). */
    public SubscriptionUsage usage(SubscriptionUsageParams params) {
        Objects.requireNonNull(params, "params");
        if (params.subscriptionId() == null || params.subscriptionId().isBlank()) {
            throw new IllegalArgumentException("subscriptionId is required");
        }
        return api.send(ApiRequest.postQuery("/subscriptions/usage", params), SubscriptionUsage.class,
                RequestOptions.NONE);
    }

    /** Adds an addon to a subscription ({@code POST /v1/subscriptions/addon}); the part of the period is invoiced. */
    public AddonAssociation addAddon(AddSubscriptionAddonParams params) {
        return addAddon(params, RequestOptions.NONE);
    }

    public AddonAssociation addAddon(AddSubscriptionAddonParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/subscriptions/addon", params), AddonAssociation.class, options);
    }

    /** Removes an addon now ({@code DELETE /v1/subscriptions/addon}, the association in the body). */
    public void removeAddon(RemoveSubscriptionAddonParams params) {
        removeAddon(params, RequestOptions.NONE);
    }

    public void removeAddon(RemoveSubscriptionAddonParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        if (params.addonAssociationId() == null || params.addonAssociationId().isBlank()) {
            throw new IllegalArgumentException("addonAssociationId is required");
        }
        api.send(new ApiRequest("DELETE", "/subscriptions/addon", null, params, true), options);
    }

    /** The subscription's addon associations, running and ended. */
    public List<AddonAssociation> addonAssociations(String subscriptionId) {
        return api.send(ApiRequest.get(ApiRequest.path("/subscriptions/{}/addons/associations", subscriptionId)),
                ADDONS, RequestOptions.NONE);
    }
}
