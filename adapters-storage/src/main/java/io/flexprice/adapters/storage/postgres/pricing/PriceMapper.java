package io.flexprice.adapters.storage.postgres.pricing;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.pricing.PriceFilter;
import java.time.Instant;
import java.util.List;

/** The SQL is in PriceMapper.xml. */
interface PriceMapper {

    int insert(PriceRow row);

    int update(PriceRow row);

    PriceRow findById(Scope scope, PriceId id);

    PriceRow findByLookupKey(Scope scope, String lookupKey);

    List<PriceRow> search(Scope scope, PriceFilter filter, PageRequest page, SearchColumns.Sql conditions);

    long count(Scope scope, PriceFilter filter, SearchColumns.Sql conditions);

    List<PriceRow> findInEffect(Scope scope, String entityType, String entityId, Instant at);
}
