package io.flexprice.sdk.invoices;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.Objects;

/**
 * Invoices: {@code /v1/invoices}, their lifecycle (finalize, void, payment status, payment attempts,
 * recalculation), previews and a customer's summary. Get it from {@code FlexpriceClient.invoices()}.
 */
public final class InvoicesService {

    private static final TypeReference<ListEnvelope<Invoice>> LIST = new TypeReference<>() {
    };

    private final ApiClient api;

    public InvoicesService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    /** A one-off invoice, a draft unless {@code invoiceStatus} is FINALIZED. */
    public Invoice create(CreateInvoiceParams params) {
        return create(params, RequestOptions.NONE);
    }

    public Invoice create(CreateInvoiceParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/invoices", params), Invoice.class, options);
    }

    public Invoice get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/invoices/{}", id)), Invoice.class, RequestOptions.NONE);
    }

    public Invoice update(String id, UpdateInvoiceParams params) {
        return update(id, params, RequestOptions.NONE);
    }

    public Invoice update(String id, UpdateInvoiceParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/invoices/{}", id), params), Invoice.class, options);
    }

    public Page<Invoice> list() {
        return list(InvoiceListParams.builder().build());
    }

    /** {@code POST /v1/invoices/search}. */
    public Page<Invoice> list(InvoiceListParams params) {
        Objects.requireNonNull(params, "params");
        ListEnvelope<Invoice> envelope = api.send(ApiRequest.postQuery("/invoices/search", params), LIST,
                RequestOptions.NONE);
        return Page.of(envelope, offset -> list(params.withOffset(offset)));
    }

    /** What the subscription's invoice for a period would be now; stores nothing. */
    public Invoice preview(PreviewInvoiceParams params) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.postQuery("/invoices/preview", params), Invoice.class, RequestOptions.NONE);
    }

    /** Finalizes a draft: it gets its number and can be paid. */
    public InvoiceActionResult finalizeInvoice(String id) {
        return finalizeInvoice(id, RequestOptions.NONE);
    }

    public InvoiceActionResult finalizeInvoice(String id, RequestOptions options) {
        return api.send(ApiRequest.post(ApiRequest.path("/invoices/{}/finalize", id), null),
                InvoiceActionResult.class, options);
    }

    /** Voids the invoice; sends no body, as FlexPrice's SDK does. */
    public InvoiceActionResult voidInvoice(String id) {
        return api.send(ApiRequest.post(ApiRequest.path("/invoices/{}/void", id), null), InvoiceActionResult.class,
                RequestOptions.NONE);
    }

    /** Voids the invoice, merging {@code metadata} into its own. */
    public InvoiceActionResult voidInvoice(String id, VoidInvoiceParams params) {
        return voidInvoice(id, params, RequestOptions.NONE);
    }

    public InvoiceActionResult voidInvoice(String id, VoidInvoiceParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post(ApiRequest.path("/invoices/{}/void", id), params), InvoiceActionResult.class,
                options);
    }

    /** {@code PUT /v1/invoices/{id}/payment}: marks it paid (or paid in part) outside FlexPrice. */
    public Invoice updatePaymentStatus(String id, UpdatePaymentStatusParams params) {
        return updatePaymentStatus(id, params, RequestOptions.NONE);
    }

    public Invoice updatePaymentStatus(String id, UpdatePaymentStatusParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/invoices/{}/payment", id), params), Invoice.class, options);
    }

    /** Pays what remains from the customer's prepaid wallets; the message says how much was paid. */
    public InvoiceActionResult attemptPayment(String id) {
        return attemptPayment(id, RequestOptions.NONE);
    }

    public InvoiceActionResult attemptPayment(String id, RequestOptions options) {
        return api.send(ApiRequest.post(ApiRequest.path("/invoices/{}/payment/attempt", id), null),
                InvoiceActionResult.class, options);
    }

    /** Works a draft subscription invoice out again, and finalizes it (as FlexPrice does by default). */
    public Invoice recalculate(String id) {
        return recalculate(id, true, RequestOptions.NONE);
    }

    /** Works a draft subscription invoice out again; {@code finalize} says whether to finalize it too. */
    public Invoice recalculate(String id, boolean finalize) {
        return recalculate(id, finalize, RequestOptions.NONE);
    }

    public Invoice recalculate(String id, boolean finalize, RequestOptions options) {
        return api.send(ApiRequest.post(ApiRequest.path("/invoices/{}/recalculate", id), null)
                .withQuery("finalize", finalize), Invoice.class, options);
    }

    /** {@code GET /v1/customers/{id}/invoices/summary}: the customer's invoices summed, a currency each. */
    public CustomerInvoiceSummary customerSummary(String customerId) {
        return api.send(ApiRequest.get(ApiRequest.path("/customers/{}/invoices/summary", customerId)),
                CustomerInvoiceSummary.class, RequestOptions.NONE);
    }
}
