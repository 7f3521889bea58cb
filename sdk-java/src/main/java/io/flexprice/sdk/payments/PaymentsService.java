package io.flexprice.sdk.payments;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.Objects;

/** Payments against invoices: {@code /v1/payments}. Get it from {@code FlexpriceClient.payments()}. */
public final class PaymentsService {

    private static final TypeReference<ListEnvelope<Payment>> LIST = new TypeReference<>() {
    };

    private final ApiClient api;

    public PaymentsService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** Records a payment against an invoice; processed at once unless {@code processPayment} is false. */
    public Payment create(CreatePaymentParams params) {
        return create(params, RequestOptions.NONE);
    }

    public Payment create(CreatePaymentParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/payments", params), Payment.class, options);
    }

    public Payment get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/payments/{}", id)), Payment.class, RequestOptions.NONE);
    }

    public Payment update(String id, UpdatePaymentParams params) {
        return update(id, params, RequestOptions.NONE);
    }

    public Payment update(String id, UpdatePaymentParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/payments/{}", id), params), Payment.class, options);
    }

    /** Deletes a payment that never succeeded. */
    public void delete(String id) {
        delete(id, RequestOptions.NONE);
    }

    public void delete(String id, RequestOptions options) {
        api.send(ApiRequest.delete(ApiRequest.path("/payments/{}", id)), options);
    }

    /** Processes a payment created with {@code processPayment(false)}. */
    public Payment process(String id) {
        return process(id, RequestOptions.NONE);
    }

    public Payment process(String id, RequestOptions options) {
        return api.send(ApiRequest.post(ApiRequest.path("/payments/{}/process", id), null), Payment.class, options);
    }

    public Page<Payment> list() {
        return list(PaymentListParams.builder().build());
    }

    /** {@code GET /v1/payments} with the filters as query parameters. */
    public Page<Payment> list(PaymentListParams params) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.get("/payments")
                .withQuery("payment_ids", params.paymentIds())
                .withQuery("destination_id", params.destinationId())
                .withQuery("payment_method_type", params.paymentMethodType())
                .withQuery("payment_status", params.paymentStatus())
                .withQuery("limit", params.limit())
                .withQuery("offset", params.offset())
                .withQuery("order", params.order());
        ListEnvelope<Payment> envelope = api.send(request, LIST, RequestOptions.NONE);
        return Page.of(envelope, offset -> list(params.withOffset(offset)));
    }
}
