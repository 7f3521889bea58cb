package io.flexprice.adapters.http.support;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.ApiKeyHash;
import io.flexprice.domain.tenancy.ApiKeyId;
import io.flexprice.domain.tenancy.ApiKeyType;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.tenancy.CreateApiKeyCommand;
import io.flexprice.ports.in.tenancy.ManageApiKeysUseCase;
import java.util.List;
import java.util.Optional;

/** Issues {@link #RAW_KEY}; records what it was asked. */
public final class FakeApiKeys implements ManageApiKeysUseCase {

    public static final String RAW_KEY = "sk_0123456789abcdefghij";

    public CreateApiKeyCommand lastCreate;
    public Status lastStatus;
    public PageRequest lastPage;
    public ApiKeyId lastDeleted;

    public void reset() {
        lastCreate = null;
        lastStatus = null;
        lastPage = null;
        lastDeleted = null;
    }

    static ApiKey aKey(String id, CreateApiKeyCommand command) {
        return new ApiKey(ApiKeyId.of(id), TenantId.of("tenant_test"),
                command.environmentScoped() ? Optional.of(Fixtures.SCOPE.environmentId()) : Optional.empty(),
                command.name(), command.type(), ApiKeyHash.of(RAW_KEY), ApiKey.displayIdOf(RAW_KEY), Status.PUBLISHED,
                command.expiresAt(), Fixtures.CREATED, "secret_test");
    }

    @Override
    public IssuedApiKey create(Caller caller, CreateApiKeyCommand command) {
        lastCreate = command;
        return new IssuedApiKey(aKey("secret_new", command), RAW_KEY);
    }

    @Override
    public Page<ApiKey> list(Caller caller, Status status, PageRequest page) {
        lastStatus = status;
        lastPage = page;
        return new Page<>(List.of(aKey("secret_1", new CreateApiKeyCommand("ci", ApiKeyType.PRIVATE_KEY, null, true))),
                1, page.limit(), page.offset());
    }

    @Override
    public void delete(Caller caller, ApiKeyId id) {
        lastDeleted = id;
    }
}
