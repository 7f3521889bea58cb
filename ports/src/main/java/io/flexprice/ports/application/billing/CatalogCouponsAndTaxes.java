package io.flexprice.ports.application.billing;

import io.flexprice.domain.common.Violations;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponAssociation;
import io.flexprice.domain.coupon.CouponAssociationId;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.domain.coupon.CouponType;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.DiscountType;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import io.flexprice.ports.out.coupon.CouponRepository;
import io.flexprice.ports.out.invoice.InvoiceCouponsAndTaxes;
import io.flexprice.ports.out.tax.TaxRateRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The coupon and tax rate catalogs connected to one-off invoices.
 *
 * <ul>
 *   <li>A coupon named by {@code coupon_id} must be live and redeemable now ({@link Coupon#canBeRedeemedAt}: published,
 *       in its window, below its limit); applying it to a one-off invoice does not count as a redemption (redeeming
 *       is attaching a coupon to a subscription). A coupon named by {@code coupon_association_id} comes from that live
 *       association, whatever the coupon's window. A fixed coupon must be in the invoice's currency.</li>
 *   <li>A tax rate must be live and active ({@link TaxRate#isInForce}); its percentage or fixed amount is the
 *       invoice's tax.</li>
 * </ul>
 * Every refused entry is reported at once, as {@code coupons[i]} / {@code tax_rates[i]} (the field given).
 */
public final class CatalogCouponsAndTaxes implements InvoiceCouponsAndTaxes {

    private final CouponRepository coupons;
    private final CouponAssociationRepository associations;
    private final TaxRateRepository rates;
    private final Clock clock;

    public CatalogCouponsAndTaxes(CouponRepository coupons, CouponAssociationRepository associations,
                                  TaxRateRepository rates, Clock clock) {
        this.coupons = coupons;
        this.associations = associations;
        this.rates = rates;
        this.clock = clock;
    }

    @Override
    public List<InvoiceDraft.Discount> discounts(Scope scope, CustomerId customerId, Currency currency,
                                                 List<CouponRequest> requested, String field) {
        Instant now = clock.instant();
        Violations invalid = new Violations();
        List<InvoiceDraft.Discount> discounts = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            CouponRequest request = requested.get(i);
            String at = field + "[" + i + "]";
            Optional<Coupon> coupon;
            String associationId = null;
            if (request.couponAssociationId() != null && !request.couponAssociationId().isBlank()) {
                Optional<CouponAssociation> association = associations.findById(scope,
                        CouponAssociationId.of(request.couponAssociationId())).filter(CouponAssociation::isLive);
                if (association.isEmpty()) {
                    invalid.add(at + ".coupon_association_id", "no coupon association "
                            + request.couponAssociationId());
                    continue;
                }
                associationId = association.get().id().value();
                coupon = coupons.findById(scope, association.get().couponId());
            } else if (request.couponId() == null || request.couponId().isBlank()) {
                invalid.add(at + ".coupon_id", "is required");
                continue;
            } else {
                coupon = coupons.findById(scope, CouponId.of(request.couponId())).filter(Coupon::isLive);
                if (coupon.isEmpty()) {
                    invalid.add(at + ".coupon_id", "no coupon " + request.couponId());
                    continue;
                }
                if (!coupon.get().canBeRedeemedAt(now)) {
                    invalid.add(at + ".coupon_id", "coupon " + request.couponId() + " cannot be applied: "
                            + coupon.get().redeemabilityAt(now).name().toLowerCase(java.util.Locale.ROOT));
                    continue;
                }
            }
            if (coupon.isEmpty()) {
                invalid.add(at + ".coupon_id", "the coupon of association " + associationId + " does not exist");
                continue;
            }
            Coupon found = coupon.get();
            boolean fixed = found.type() == CouponType.FIXED;
            if (fixed && !found.currency().equals(currency)) {
                invalid.add(at + ".coupon_id", "coupon " + found.id().value() + " takes an amount off in "
                        + found.currency().getCurrencyCode().toLowerCase(java.util.Locale.ROOT)
                        + ", not in the invoice's currency");
                continue;
            }
            discounts.add(new InvoiceDraft.Discount(found.id().value(), associationId,
                    fixed ? DiscountType.FIXED : DiscountType.PERCENTAGE,
                    fixed ? found.amountOff() : found.percentageOff(), request.lineIndex()));
        }
        invalid.throwIfAny();
        return discounts;
    }

    @Override
    public List<InvoiceDraft.Tax> taxes(Scope scope, CustomerId customerId, List<String> taxRateIds, String field) {
        Violations invalid = new Violations();
        List<InvoiceDraft.Tax> taxes = new ArrayList<>();
        for (int i = 0; i < taxRateIds.size(); i++) {
            String id = taxRateIds.get(i);
            String at = field + "[" + i + "]";
            if (id == null || id.isBlank()) {
                invalid.add(at, "is required");
                continue;
            }
            Optional<TaxRate> rate = rates.findById(scope, TaxRateId.of(id)).filter(TaxRate::isLive);
            if (rate.isEmpty()) {
                invalid.add(at, "no tax rate " + id);
            } else if (!rate.get().isInForce()) {
                invalid.add(at, "tax rate " + id + " is not active");
            } else {
                taxes.add(SubscriptionDraftBuilder.tax(rate.get(), null));
            }
        }
        invalid.throwIfAny();
        return taxes;
    }
}
