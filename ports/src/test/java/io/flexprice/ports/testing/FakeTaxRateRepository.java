package io.flexprice.ports.testing;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.tax.TaxRateFilter;
import io.flexprice.ports.out.tax.TaxRateRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tax rates in a map; a live rate's code is unique in its scope, as the port says. */
public final class FakeTaxRateRepository implements TaxRateRepository {

    private final Map<List<Object>, TaxRate> rates = new LinkedHashMap<>();

    @Override
    public void insert(TaxRate rate) {
        if (rates.containsKey(List.of(rate.scope(), rate.id()))) {
            throw new IllegalStateException("tax rate " + rate.id() + " is already stored");
        }
        requireCodeFree(rate);
        rates.put(List.of(rate.scope(), rate.id()), rate);
    }

    @Override
    public void update(TaxRate rate) {
        if (!rates.containsKey(List.of(rate.scope(), rate.id()))) {
            throw new IllegalStateException("tax rate " + rate.id() + " is not stored");
        }
        requireCodeFree(rate);
        rates.put(List.of(rate.scope(), rate.id()), rate);
    }

    @Override
    public Optional<TaxRate> findById(Scope scope, TaxRateId id) {
        return Optional.ofNullable(rates.get(List.of(scope, id)));
    }

    @Override
    public Optional<TaxRate> findByCode(Scope scope, String code) {
        return rates.values().stream().filter(r -> r.scope().equals(scope) && r.isLive() && r.code().equals(code))
                .findFirst();
    }

    @Override
    public Page<TaxRate> search(Scope scope, TaxRateFilter filter, PageRequest page) {
        return Pages.of(rates.values().stream()
                .filter(r -> r.scope().equals(scope))
                .filter(r -> Pages.matchesAny(filter.taxRateIds(), r.id().value()))
                .filter(r -> Pages.matchesAny(filter.codes(), r.code()))
                .filter(r -> filter.rateScope() == null || filter.rateScope() == r.rateScope())
                .filter(r -> Pages.matchesStatus(filter.status(), r.status()))
                .toList(), page);
    }

    public TaxRate add(TaxRate rate) {
        insert(rate);
        return rate;
    }

    public List<TaxRate> all() {
        return List.copyOf(rates.values());
    }

    private void requireCodeFree(TaxRate rate) {
        boolean taken = rate.isLive() && rates.values().stream().anyMatch(other -> other.scope().equals(rate.scope())
                && !other.id().equals(rate.id()) && other.isLive() && other.code().equals(rate.code()));
        if (taken) {
            throw new ConflictException(ErrorCode.TAX_RATE_CODE_TAKEN,
                    "a tax rate with code " + rate.code() + " already exists");
        }
    }
}
