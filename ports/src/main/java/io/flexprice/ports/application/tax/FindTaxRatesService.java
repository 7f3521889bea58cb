package io.flexprice.ports.application.tax;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.tax.FindTaxRatesQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.tax.TaxRateFilter;
import io.flexprice.ports.out.tax.TaxRateRepository;

public final class FindTaxRatesService implements FindTaxRatesQuery {

    private final TaxRateRepository rates;

    public FindTaxRatesService(TaxRateRepository rates) {
        this.rates = rates;
    }

    @Override
    public TaxRate get(Caller caller, TaxRateId id) {
        return liveRate(rates, caller.scope(), id);
    }

    @Override
    public Page<TaxRate> search(Caller caller, TaxRateFilter filter, PageRequest page) {
        return rates.search(caller.scope(), filter, page);
    }

    static TaxRate liveRate(TaxRateRepository rates, Scope scope, TaxRateId id) {
        return rates.findById(scope, id).filter(TaxRate::isLive)
                .orElseThrow(() -> notFound("tax rate " + id + " not found"));
    }

    static NotFoundException notFound(String message) {
        return new NotFoundException(ErrorCode.TAX_RATE_NOT_FOUND, message);
    }
}
