package io.flexprice.adapters.storage.postgres.tax;

import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
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
import java.util.function.ToIntFunction;

/** Tax rates. The partial unique index {@code tax_rates_live_code_idx} keeps a live rate's code unique. */
public final class PostgresTaxRateRepository implements TaxRateRepository {

    private static final String LIVE_CODE = "tax_rates_live_code_idx";

    private final TaxRateMapper mapper;

    @Inject
    public PostgresTaxRateRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(TaxRateMapper.class);
    }

    @Override
    public void insert(TaxRate rate) {
        write(rate, mapper::insert);
    }

    /**
     * @throws ConflictException if a live rate of the scope has the same code
     * @throws IllegalStateException if the rate is not stored in its scope
     */
    @Override
    public void update(TaxRate rate) {
        PostgresErrors.requireOneUpdated(write(rate, mapper::update), rate.id());
    }

    @Override
    public Optional<TaxRate> findById(Scope scope, TaxRateId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(TaxRateRow::toDomain);
    }

    @Override
    public Optional<TaxRate> findByCode(Scope scope, String code) {
        return Optional.ofNullable(mapper.findByCode(scope, code)).map(TaxRateRow::toDomain);
    }

    @Override
    public Page<TaxRate> search(Scope scope, TaxRateFilter filter, PageRequest page) {
        return new Page<>(mapper.search(scope, filter, page).stream().map(TaxRateRow::toDomain).toList(),
                mapper.count(scope, filter), page.limit(), page.offset());
    }

    private int write(TaxRate rate, ToIntFunction<TaxRateRow> statement) {
        return PostgresErrors.rejectingUniqueViolation(LIVE_CODE,
                () -> new ConflictException(ErrorCode.TAX_RATE_CODE_TAKEN,
                        "a tax rate with code " + rate.code() + " already exists"),
                () -> statement.applyAsInt(TaxRateRow.from(rate)));
    }
}
