package io.flexprice.adapters.storage.postgres.tenancy;

import io.flexprice.domain.tenancy.TenantId;

/** The SQL is in TenantMapper.xml. */
interface TenantMapper {

    void insert(TenantRow row);

    TenantRow findById(TenantId id);
}
