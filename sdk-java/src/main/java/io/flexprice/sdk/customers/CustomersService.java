package io.flexprice.sdk.customers;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.Objects;

/** Customers: {@code /v1/customers}. Get it from {@code FlexpriceClient.customers()}. */
public final class CustomersService {

    private static final TypeReference<ListEnvelope<Customer>> LIST = new TypeReference<>() {
    };

    private final ApiClient api;

    public CustomersService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    public Customer create(CreateCustomerParams params) {
        return create(params, RequestOptions.NONE);
    }

    public Customer create(CreateCustomerParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/customers", params), Customer.class, options);
    }

    public Customer get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/customers/{}", id)), Customer.class, RequestOptions.NONE);
    }

    public Customer getByExternalId(String externalId) {
        return api.send(ApiRequest.get(ApiRequest.path("/customers/external/{}", externalId)), Customer.class,
                RequestOptions.NONE);
    }

    /** Changes the fields set in {@code params}; the others keep their value. */
    public Customer update(String id, UpdateCustomerParams params) {
        return update(id, params, RequestOptions.NONE);
    }

    public Customer update(String id, UpdateCustomerParams params, RequestOptions options) {
        return updateWhere("id", id, params, options);
    }

    /** {@link #update(String, UpdateCustomerParams)}, naming the customer by your external id. */
    public Customer updateByExternalId(String externalId, UpdateCustomerParams params) {
        return updateByExternalId(externalId, params, RequestOptions.NONE);
    }

    public Customer updateByExternalId(String externalId, UpdateCustomerParams params, RequestOptions options) {
        return updateWhere("external_customer_id", externalId, params, options);
    }

    /** FlexPrice's form: {@code PUT /v1/customers?id=...} (or {@code ?external_customer_id=...}). */
    private Customer updateWhere(String parameter, String value, UpdateCustomerParams params,
                                 RequestOptions options) {
        Objects.requireNonNull(params, "params");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(parameter + " is required");
        }
        return api.send(ApiRequest.put("/customers", params).withQuery(parameter, value), Customer.class, options);
    }

    public void delete(String id) {
        delete(id, RequestOptions.NONE);
    }

    public void delete(String id, RequestOptions options) {
        api.send(ApiRequest.delete(ApiRequest.path("/customers/{}", id)), options);
    }

    /** The first page of all customers. */
    public Page<Customer> list() {
        return list(CustomerListParams.builder().build());
    }

    /** The first page of the customers matching {@code params}; walk on with {@link Page#autoPagingIterable()}. */
    public Page<Customer> list(CustomerListParams params) {
        Objects.requireNonNull(params, "params");
        ListEnvelope<Customer> envelope = api.send(ApiRequest.postQuery("/customers/search", params), LIST,
                RequestOptions.NONE);
        return Page.of(envelope, offset -> list(params.withOffset(offset)));
    }
}
