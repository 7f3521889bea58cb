package io.flexprice.adapters.storage.postgres.plan;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.plan.PlanFilter;
import java.util.List;

/** The SQL is in PlanMapper.xml. */
interface PlanMapper {

    int insert(PlanRow row);

    int update(PlanRow row);

    PlanRow findById(Scope scope, PlanId id);

    List<PlanRow> search(Scope scope, PlanFilter filter, PageRequest page, SearchColumns.Sql conditions);

    long count(Scope scope, PlanFilter filter, SearchColumns.Sql conditions);
}
