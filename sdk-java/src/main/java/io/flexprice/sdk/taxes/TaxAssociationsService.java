package io.flexprice.sdk.taxes;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.Objects;

/** Tax associations: {@code /v1/taxes/associations}. Get it from {@code FlexpriceClient.taxAssociations()}. */
public final class TaxAssociationsService {

    private static final TypeReference<ListEnvelope<TaxAssociation>> LIST = new TypeReference<>() {
    };

    private final ApiClient api;

    public TaxAssociationsService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** Attaches a rate (named by its code) to a tenant, customer, subscription or invoice. */
    public TaxAssociation create(CreateTaxAssociationParams params) {
        return create(params, RequestOptions.NONE);
    }

    public TaxAssociation create(CreateTaxAssociationParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/taxes/associations", params), TaxAssociation.class, options);
    }

    /** The association with its {@code taxRate}. */
    public TaxAssociation get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/taxes/associations/{}", id)), TaxAssociation.class,
                RequestOptions.NONE);
    }

    public TaxAssociation update(String id, UpdateTaxAssociationParams params) {
        return update(id, params, RequestOptions.NONE);
    }

    public TaxAssociation update(String id, UpdateTaxAssociationParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/taxes/associations/{}", id), params),
                TaxAssociation.class, options);
    }

    /** Detaches the rate; answers the association as deleted. */
    public TaxAssociation delete(String id) {
        return delete(id, RequestOptions.NONE);
    }

    public TaxAssociation delete(String id, RequestOptions options) {
        return api.send(ApiRequest.delete(ApiRequest.path("/taxes/associations/{}", id)), TaxAssociation.class,
                options);
    }

    public Page<TaxAssociation> list() {
        return list(TaxAssociationListParams.builder().build());
    }

    public Page<TaxAssociation> list(TaxAssociationListParams params) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.get("/taxes/associations")
                .withQuery("entity_type", params.entityType())
                .withQuery("entity_id", params.entityId())
                .withQuery("external_customer_id", params.externalCustomerId())
                .withQuery("tax_rate_id", params.taxRateId())
                .withQuery("status", params.status())
                .withQuery("expand", params.expand())
                .withQuery("limit", params.limit())
                .withQuery("offset", params.offset())
                .withQuery("order", params.order());
        return Page.of(api.send(request, LIST, RequestOptions.NONE), offset -> list(params.withOffset(offset)));
    }
}
