package io.flexprice.ports.in.tax;

import io.flexprice.domain.tax.ApplicableTax;
import io.flexprice.domain.tax.TaxTarget;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * What the billing code calls to tax an invoice: the taxes that apply to subscription S of customer C (in
 * the target's scope) for an amount of {@code currency} at {@code at} (the start of the invoiced period), by
 * the rule of {@link io.flexprice.domain.tax.TaxPrecedence}: the subscription's associations replace the
 * customer's, which replace the tenant's; within one level all apply, by priority.
 */
public interface FindApplicableTaxesQuery {

    List<ApplicableTax> applicableTaxes(TaxTarget target, Currency currency, Instant at);
}
