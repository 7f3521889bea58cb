package io.flexprice.ports.application.invoice;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.invoice.InvoiceCouponsAndTaxes;
import java.util.List;

/**
 * The stand-in for {@link InvoiceCouponsAndTaxes} until the coupon and tax rate catalogs are connected to invoices:
 * nothing asked, nothing applied; a coupon or tax rate named is refused with {@code request.not_implemented} (400).
 */
public final class CouponsAndTaxesNotConnected implements InvoiceCouponsAndTaxes {

    @Override
    public List<InvoiceDraft.Discount> discounts(Scope scope, CustomerId customerId, List<CouponRequest> coupons,
                                                 String field) {
        if (coupons.isEmpty()) {
            return List.of();
        }
        throw new ValidationException(ErrorCode.NOT_IMPLEMENTED, field,
                "coupons are not connected to invoices in this build");
    }

    @Override
    public List<InvoiceDraft.Tax> taxes(Scope scope, CustomerId customerId, List<String> taxRateIds, String field) {
        if (taxRateIds.isEmpty()) {
            return List.of();
        }
        throw new ValidationException(ErrorCode.NOT_IMPLEMENTED, field,
                "tax rates are not connected to invoices in this build");
    }
}
