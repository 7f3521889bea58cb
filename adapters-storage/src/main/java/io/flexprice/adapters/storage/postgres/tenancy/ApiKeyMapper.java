package io.flexprice.adapters.storage.postgres.tenancy;

import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.ApiKeyHash;
import io.flexprice.domain.tenancy.ApiKeyId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.TenantId;
import java.util.List;

/** The SQL is in ApiKeyMapper.xml. */
interface ApiKeyMapper {

    int insert(ApiKeyRow row);

    int update(ApiKeyRow row);

    ApiKeyRow findByHashAcrossTenants(ApiKeyHash hash);

    ApiKeyRow findById(TenantId tenantId, ApiKeyId id);

    List<ApiKeyRow> list(Scope scope, Status status, PageRequest page);

    long count(Scope scope, Status status);
}
