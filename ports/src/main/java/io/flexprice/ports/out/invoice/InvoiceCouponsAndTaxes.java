package io.flexprice.ports.out.invoice;

import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.tenancy.Scope;
import java.util.Currency;
import java.util.List;

/**
 * Turns the coupons and tax rates a one-off invoice request names into the generic discounts and taxes of an
 * {@link InvoiceDraft}: the coupon and tax rate catalogs implement it.
 */
public interface InvoiceCouponsAndTaxes {

    /**
     * The discounts of {@code coupons}, in order, each on the line it names (or the whole invoice), for an invoice in
     * {@code currency} (a fixed coupon of another currency cannot be applied).
     *
     * @throws io.flexprice.domain.common.ValidationException naming {@code field}{@code [i]} for a coupon that
     *         cannot be applied
     */
    List<InvoiceDraft.Discount> discounts(Scope scope, CustomerId customerId, Currency currency,
                                          List<CouponRequest> coupons, String field);

    /**
     * The taxes of the tax rates {@code taxRateIds}, in order.
     *
     * @throws io.flexprice.domain.common.ValidationException naming {@code field}{@code [i]} for a tax rate that
     *         cannot be applied
     */
    List<InvoiceDraft.Tax> taxes(Scope scope, CustomerId customerId, List<String> taxRateIds, String field);

    /** A coupon to apply: to the line at {@code lineIndex}, or to the whole invoice when that is null. */
    record CouponRequest(String couponId, String couponAssociationId, Integer lineIndex) {
    }
}
