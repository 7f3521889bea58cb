package io.flexprice.ports.in.tenancy;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.ApiKeyId;

public interface ManageApiKeysUseCase {

    /** Issues a key; the raw key is returned this once and never stored. */
    IssuedApiKey create(Caller caller, CreateApiKeyCommand command);

    Page<ApiKey> list(Caller caller, Status status, PageRequest page);

    /** Revokes a key of the caller's tenant; it stops authenticating at once. */
    void delete(Caller caller, ApiKeyId id);

    record IssuedApiKey(ApiKey key, String rawKey) {
    }
}
