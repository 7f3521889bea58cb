package io.flexprice.adapters.storage.postgres.feature;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.feature.FeatureFilter;
import java.util.List;

/** The SQL is in FeatureMapper.xml. */
interface FeatureMapper {

    int insert(FeatureRow row);

    int update(FeatureRow row);

    FeatureRow findById(Scope scope, FeatureId id);

    List<FeatureRow> search(Scope scope, FeatureFilter filter, PageRequest page, SearchColumns.Sql conditions);

    long count(Scope scope, FeatureFilter filter, SearchColumns.Sql conditions);
}
