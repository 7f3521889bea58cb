package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.tax.TaxRateFilter;
import io.flexprice.ports.out.tax.TaxRateRepository;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Tax rates in memory, per scope. Writes are serialised, so the rule that a live rate's code is unique in its
 * scope is checked and applied in one step.
 */
public final class InMemoryTaxRateRepository implements TaxRateRepository {

    private final Partitions<Scope, TaxRateId, TaxRate> rates = new Partitions<>();

    @Inject
    public InMemoryTaxRateRepository() {
    }

    @Override
    public synchronized void insert(TaxRate rate) {
        requireCodeFree(rate);
        rates.insert(rate.scope(), rate.id(), rate);
    }

    @Override
    public synchronized void update(TaxRate rate) {
        requireCodeFree(rate);
        rates.replace(rate.scope(), rate.id(), rate);
    }

    @Override
    public Optional<TaxRate> findById(Scope scope, TaxRateId id) {
        return rates.find(scope, id);
    }

    @Override
    public Optional<TaxRate> findByCode(Scope scope, String code) {
        return rates.all(scope).stream().filter(r -> r.isLive() && r.code().equals(code)).findFirst();
    }

    @Override
    public Page<TaxRate> search(Scope scope, TaxRateFilter filter, PageRequest page) {
        return Listings.page(rates.all(scope).stream()
                        .filter(r -> Listings.matchesAny(filter.taxRateIds(), r.id().value())
                                && Listings.matchesAny(filter.codes(), r.code())
                                && Listings.matches(filter.rateScope(), r.rateScope())
                                && Listings.matchesStatus(filter.status(), r.status())),
                Listings.creationOrder(page.order(), r -> r.audit().createdAt(), r -> r.id().value()), page);
    }

    private void requireCodeFree(TaxRate rate) {
        boolean taken = rate.isLive() && rates.anyOther(rate.scope(), rate.id(),
                other -> other.isLive() && other.code().equals(rate.code()));
        if (taken) {
            throw new ConflictException(ErrorCode.TAX_RATE_CODE_TAKEN,
                    "a tax rate with code " + rate.code() + " already exists");
        }
    }
}
