package io.flexprice.adapters.storage.postgres.tenancy;

import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.ApiKeyHash;
import io.flexprice.domain.tenancy.ApiKeyId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.ApiKeyRepository;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** API keys; the unique constraint {@code api_keys_hash_key} keeps a hash to one key across every tenant. */
public final class PostgresApiKeyRepository implements ApiKeyRepository {

    private static final String UNIQUE_HASH = "api_keys_hash_key";

    private final ApiKeyMapper mapper;

    @Inject
    public PostgresApiKeyRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(ApiKeyMapper.class);
    }

    /** @throws IllegalStateException if another key has the same hash: secrets are generated unique */
    @Override
    public void insert(ApiKey key) {
        write(key, mapper::insert);
    }

    /** @throws IllegalStateException if another key has the same hash, or the key is not stored */
    @Override
    public void update(ApiKey key) {
        PostgresErrors.requireOneUpdated(write(key, mapper::update), key.id());
    }

    /** The key with this hash whatever its status: the caller decides whether it is usable. */
    @Override
    public Optional<ApiKey> findByHashAcrossTenants(ApiKeyHash hash) {
        return Optional.ofNullable(mapper.findByHashAcrossTenants(hash)).map(ApiKeyRow::toDomain);
    }

    @Override
    public Optional<ApiKey> findById(TenantId tenantId, ApiKeyId id) {
        return Optional.ofNullable(mapper.findById(tenantId, id)).map(ApiKeyRow::toDomain);
    }

    @Override
    public Page<ApiKey> list(Scope scope, Status status, PageRequest page) {
        return new Page<>(mapper.list(scope, status, page).stream().map(ApiKeyRow::toDomain).toList(),
                mapper.count(scope, status), page.limit(), page.offset());
    }

    private int write(ApiKey key, ToIntFunction<ApiKeyRow> statement) {
        return PostgresErrors.rejectingUniqueViolation(UNIQUE_HASH,
                () -> new IllegalStateException("another API key has the hash " + key.hash()),
                () -> statement.applyAsInt(ApiKeyRow.from(key)));
    }
}
