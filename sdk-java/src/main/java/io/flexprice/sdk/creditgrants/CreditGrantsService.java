package io.flexprice.sdk.creditgrants;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.List;
import java.util.Objects;

/**
 * Credit grants: {@code /v1/creditgrants}, a plan's grants and the upcoming applications of a subscription or a
 * customer. Get it from
 * {@code FlexpriceClient.creditGrants()}.
 */
public final class CreditGrantsService {

    private static final TypeReference<ListEnvelope<CreditGrant>> GRANTS = new TypeReference<>() {
    };
    private static final TypeReference<ListEnvelope<CreditGrantApplication>> APPLICATIONS = new TypeReference<>() {
    };

    private final ApiClient api;

    public CreditGrantsService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    public CreditGrant create(CreateCreditGrantParams params) {
        return create(params, RequestOptions.NONE);
    }

    /** {@code POST /v1/creditgrants}. */
    public CreditGrant create(CreateCreditGrantParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/creditgrants", params), CreditGrant.class, options);
    }

    public CreditGrant get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/creditgrants/{}", id)), CreditGrant.class,
                RequestOptions.NONE);
    }

    public CreditGrant update(String id, UpdateCreditGrantParams params) {
        return update(id, params, RequestOptions.NONE);
    }

    /** {@code PUT /v1/creditgrants/{id}}: the name and the metadata. */
    public CreditGrant update(String id, UpdateCreditGrantParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/creditgrants/{}", id), params), CreditGrant.class, options);
    }

    public void delete(String id) {
        delete(id, RequestOptions.NONE);
    }

    /** {@code DELETE /v1/creditgrants/{id}}. */
    public void delete(String id, RequestOptions options) {
        api.send(ApiRequest.delete(ApiRequest.path("/creditgrants/{}", id)), options);
    }

    /** {@code GET /v1/plans/{id}/creditgrants}: the plan's live grants, all on one page. */
    public List<CreditGrant> planCreditGrants(String planId) {
        return items(api.send(ApiRequest.get(ApiRequest.path("/plans/{}/creditgrants", planId)), GRANTS,
                RequestOptions.NONE));
    }

    /** {@code GET /v1/subscriptions/{id}/grants/upcoming}: the next, not yet applied, application of each grant. */
    public List<CreditGrantApplication> upcomingGrants(String subscriptionId) {
        return items(api.send(ApiRequest.get(ApiRequest.path("/subscriptions/{}/grants/upcoming", subscriptionId)),
                APPLICATIONS, RequestOptions.NONE));
    }

    /**
     * {@code GET /v1/customers/{id}/grants/upcoming}: the next application of each grant of every live subscription of
     * the customer, soonest first.
     */
    public List<CreditGrantApplication> customerUpcomingGrants(String customerId) {
        return items(api.send(ApiRequest.get(ApiRequest.path("/customers/{}/grants/upcoming", customerId)),
                APPLICATIONS, RequestOptions.NONE));
    }

    private static <T> List<T> items(ListEnvelope<T> envelope) {
        return envelope == null || envelope.items() == null ? List.of() : List.copyOf(envelope.items());
    }
}
