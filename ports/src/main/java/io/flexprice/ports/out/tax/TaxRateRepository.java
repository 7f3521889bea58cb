package io.flexprice.ports.out.tax;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.domain.tenancy.Scope;
import java.util.Optional;

public interface TaxRateRepository {

    /**
     * Stores a new tax rate.
     *
     * @throws io.flexprice.domain.common.ConflictException {@code tax_rate.code_taken} if a live rate of the
     *         scope has the same code (codes are case sensitive)
     */
    void insert(TaxRate rate);

    /** Replaces a stored tax rate; same uniqueness rule as {@link #insert}. */
    void update(TaxRate rate);

    /** The rate whatever its status. */
    Optional<TaxRate> findById(Scope scope, TaxRateId id);

    /** The live rate with this code. */
    Optional<TaxRate> findByCode(Scope scope, String code);

    /** Matching rates by creation time (then id) in the order the page asks. */
    Page<TaxRate> search(Scope scope, TaxRateFilter filter, PageRequest page);
}
