package io.flexprice.adapters.storage.postgres.addon;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.addon.AddonFilter;
import java.util.List;

/** The SQL is in AddonMapper.xml. */
interface AddonMapper {

    int insert(AddonRow row);

    int update(AddonRow row);

    AddonRow findById(Scope scope, AddonId id);

    AddonRow findByLookupKey(Scope scope, String lookupKey);

    List<AddonRow> search(Scope scope, AddonFilter filter, PageRequest page, SearchColumns.Sql conditions);

    long count(Scope scope, AddonFilter filter, SearchColumns.Sql conditions);
}
