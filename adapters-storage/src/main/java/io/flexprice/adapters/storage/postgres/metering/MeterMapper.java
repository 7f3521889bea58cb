package io.flexprice.adapters.storage.postgres.metering;

import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.tenancy.Scope;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The SQL is in MeterMapper.xml. */
interface MeterMapper {

    void insert(MeterRow row);

    int update(MeterRow row);

    MeterRow findById(Scope scope, MeterId id);

    List<MeterRow> list(Scope scope, PageRequest page);

    /** Named, so the WHERE it shares with {@link #list} reads {@code scope.tenantId} here too. */
    long count(@Param("scope") Scope scope);
}
