package io.flexprice.adapters.storage.postgres.tenancy;

import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.TenantId;
import java.util.List;

/** The SQL is in EnvironmentMapper.xml. */
interface EnvironmentMapper {

    void insert(EnvironmentRow row);

    EnvironmentRow findById(TenantId tenantId, EnvironmentId id);

    List<EnvironmentRow> listByTenant(TenantId tenantId);
}
