package io.flexprice.adapters.storage.postgres.costsheet;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.costsheet.Costsheet;
import io.flexprice.domain.costsheet.CostsheetId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.costsheet.CostsheetFilter;
import io.flexprice.ports.out.costsheet.CostsheetRepository;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Costsheets. Partial unique indexes keep a live costsheet's name ({@code costsheets_live_name_idx}) and lookup
 * key ({@code costsheets_live_lookup_key_idx}) unique.
 */
public final class PostgresCostsheetRepository implements CostsheetRepository {

    private static final SearchColumns<Costsheet> COLUMNS = SearchColumns.of(CostsheetFilter.FIELDS);

    private static final String LIVE_NAME = "costsheets_live_name_idx";
    private static final String LIVE_LOOKUP_KEY = "costsheets_live_lookup_key_idx";

    private final CostsheetMapper mapper;

    @Inject
    public PostgresCostsheetRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(CostsheetMapper.class);
    }

    @Override
    public void insert(Costsheet costsheet) {
        write(costsheet, mapper::insert);
    }

    @Override
    public void update(Costsheet costsheet) {
        PostgresErrors.requireOneUpdated(write(costsheet, mapper::update), costsheet.id());
    }

    @Override
    public Optional<Costsheet> findById(Scope scope, CostsheetId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(CostsheetRow::toDomain);
    }

    @Override
    public Page<Costsheet> search(Scope scope, CostsheetFilter filter, PageRequest page) {
        SearchColumns.Sql conditions = COLUMNS.render(filter.conditions());
        return new Page<>(mapper.search(scope, filter, page, conditions).stream().map(CostsheetRow::toDomain).toList(),
                mapper.count(scope, filter, conditions), page.limit(), page.offset());
    }

    @Override
    public Optional<Costsheet> findActive(Scope scope) {
        return Optional.ofNullable(mapper.findActive(scope)).map(CostsheetRow::toDomain);
    }

    private int write(Costsheet costsheet, ToIntFunction<CostsheetRow> statement) {
        return PostgresErrors.rejectingUniqueViolation(LIVE_NAME,
                () -> new ConflictException(ErrorCode.COSTSHEET_NAME_TAKEN,
                        "a costsheet named " + costsheet.name() + " already exists"),
                () -> PostgresErrors.rejectingUniqueViolation(LIVE_LOOKUP_KEY,
                        () -> new ConflictException(ErrorCode.COSTSHEET_LOOKUP_KEY_TAKEN,
                                "a costsheet with lookup key " + costsheet.lookupKey() + " already exists"),
                        () -> statement.applyAsInt(CostsheetRow.from(costsheet))));
    }
}
