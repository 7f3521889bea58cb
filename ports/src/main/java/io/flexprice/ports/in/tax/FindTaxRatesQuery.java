package io.flexprice.ports.in.tax;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.tax.TaxRateFilter;

public interface FindTaxRatesQuery {

    /** @throws io.flexprice.domain.common.NotFoundException if there is no live tax rate with this id */
    TaxRate get(Caller caller, TaxRateId id);

    Page<TaxRate> search(Caller caller, TaxRateFilter filter, PageRequest page);
}
