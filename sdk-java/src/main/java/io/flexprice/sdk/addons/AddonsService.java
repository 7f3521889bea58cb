package io.flexprice.sdk.addons;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.Objects;

/** Addons: {@code /v1/addons}. Get it from {@code FlexpriceClient.addons()}. */
public final class AddonsService {

    private static final TypeReference<ListEnvelope<Addon>> LIST = new TypeReference<>() {
    };

    private final ApiClient api;

    public AddonsService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** Creates an addon with the prices in {@code params} (an extension of this server), all or nothing. */
    public Addon create(CreateAddonParams params) {
        return create(params, RequestOptions.NONE);
    }

    public Addon create(CreateAddonParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/addons", params), Addon.class, options);
    }

    /** The addon with its prices that have not ended. */
    public Addon get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/addons/{}", id)), Addon.class, RequestOptions.NONE);
    }

    public Addon getByLookupKey(String lookupKey) {
        return api.send(ApiRequest.get(ApiRequest.path("/addons/lookup/{}", lookupKey)), Addon.class,
                RequestOptions.NONE);
    }

    public Addon update(String id, UpdateAddonParams params) {
        return update(id, params, RequestOptions.NONE);
    }

    public Addon update(String id, UpdateAddonParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/addons/{}", id), params), Addon.class, options);
    }

    /** Deletes the addon and its prices. */
    public void delete(String id) {
        delete(id, RequestOptions.NONE);
    }

    public void delete(String id, RequestOptions options) {
        api.send(ApiRequest.delete(ApiRequest.path("/addons/{}", id)), options);
    }

    public Page<Addon> list() {
        return list(AddonListParams.builder().build());
    }

    public Page<Addon> list(AddonListParams params) {
        Objects.requireNonNull(params, "params");
        ListEnvelope<Addon> envelope = api.send(ApiRequest.postQuery("/addons/search", params), LIST,
                RequestOptions.NONE);
        return Page.of(envelope, offset -> list(params.withOffset(offset)));
    }
}
