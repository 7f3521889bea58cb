package io.flexprice.adapters.storage.postgres.costsheet;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.costsheet.CostsheetId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.costsheet.CostsheetFilter;
import java.util.List;

/** The SQL is in CostsheetMapper.xml. */
interface CostsheetMapper {

    int insert(CostsheetRow row);

    int update(CostsheetRow row);

    CostsheetRow findById(Scope scope, CostsheetId id);

    List<CostsheetRow> search(Scope scope, CostsheetFilter filter, PageRequest page, SearchColumns.Sql conditions);

    long count(Scope scope, CostsheetFilter filter, SearchColumns.Sql conditions);

    CostsheetRow findActive(Scope scope);
}
