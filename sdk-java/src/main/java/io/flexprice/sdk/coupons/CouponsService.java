package io.flexprice.sdk.coupons;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.Objects;

/** Coupons: {@code /v1/coupons}. Get it from {@code FlexpriceClient.coupons()}. */
public final class CouponsService {

    private static final TypeReference<ListEnvelope<Coupon>> LIST = new TypeReference<>() {
    };

    private final ApiClient api;

    public CouponsService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    public Coupon create(CreateCouponParams params) {
        return create(params, RequestOptions.NONE);
    }

    public Coupon create(CreateCouponParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/coupons", params), Coupon.class, options);
    }

    public Coupon get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/coupons/{}", id)), Coupon.class, RequestOptions.NONE);
    }

    /** Changes the name and metadata; a coupon's terms cannot change. */
    public Coupon update(String id, UpdateCouponParams params) {
        return update(id, params, RequestOptions.NONE);
    }

    public Coupon update(String id, UpdateCouponParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/coupons/{}", id), params), Coupon.class, options);
    }

    public void delete(String id) {
        delete(id, RequestOptions.NONE);
    }

    public void delete(String id, RequestOptions options) {
        api.send(ApiRequest.delete(ApiRequest.path("/coupons/{}", id)), options);
    }

    public Page<Coupon> list() {
        return list(CouponListParams.builder().build());
    }

    public Page<Coupon> list(CouponListParams params) {
        Objects.requireNonNull(params, "params");
        ListEnvelope<Coupon> envelope = api.send(ApiRequest.postQuery("/coupons/search", params), LIST,
                RequestOptions.NONE);
        return Page.of(envelope, offset -> list(params.withOffset(offset)));
    }
}
