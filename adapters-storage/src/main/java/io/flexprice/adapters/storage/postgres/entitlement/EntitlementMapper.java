package io.flexprice.adapters.storage.postgres.entitlement;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.entitlement.EntitlementFilter;
import io.flexprice.ports.out.entitlement.EntitlementOwner;
import java.util.Collection;
import java.util.List;

/** The SQL is in EntitlementMapper.xml. */
interface EntitlementMapper {

    int insert(EntitlementRow row);

    int update(EntitlementRow row);

    EntitlementRow findById(Scope scope, EntitlementId id);

    List<EntitlementRow> search(Scope scope, EntitlementFilter filter, PageRequest page, SearchColumns.Sql conditions);

    long count(Scope scope, EntitlementFilter filter, SearchColumns.Sql conditions);

    List<EntitlementRow> findLiveOf(Scope scope, Collection<EntitlementOwner> owners, Collection<String> featureIds);
}
