package io.flexprice.ports.application.tenancy;

import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.ApiKeyHash;
import io.flexprice.domain.tenancy.ApiKeyId;
import io.flexprice.domain.tenancy.ApiKeyType;
import io.flexprice.domain.tenancy.Environment;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.EnvironmentType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.Tenant;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.in.tenancy.SeedLocalTenantUseCase;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.tenancy.ApiKeyRepository;
import io.flexprice.ports.out.tenancy.EnvironmentRepository;
import io.flexprice.ports.out.tenancy.TenantRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class SeedLocalTenantService implements SeedLocalTenantUseCase {

    static final String SEED_ACTOR = "system";

    private final TenantRepository tenants;
    private final EnvironmentRepository environments;
    private final ApiKeyRepository apiKeys;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public SeedLocalTenantService(TenantRepository tenants, EnvironmentRepository environments,
                                  ApiKeyRepository apiKeys, Transactions transactions, IdGenerator ids,
                                  Clock clock) {
        this.tenants = tenants;
        this.environments = environments;
        this.apiKeys = apiKeys;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Scope seed(String developmentApiKey) {
        return transactions.inTransaction(() -> {
            ApiKeyHash hash = ApiKeyHash.of(developmentApiKey);
            Optional<ApiKey> existing = apiKeys.findByHashAcrossTenants(hash);
            if (existing.isPresent()) {
                ApiKey key = existing.get();
                return new Scope(key.tenantId(), key.environmentId().orElseThrow(() -> new IllegalStateException(
                        "the development key is stored as a tenant-wide key; it must be bound to an environment")));
            }
            Instant now = clock.instant();
            Tenant tenant = new Tenant(new TenantId(ids.newId("tenant")), "Local", Status.PUBLISHED, now);
            Environment environment = new Environment(new EnvironmentId(ids.newId("env")), tenant.id(),
                    "Development", EnvironmentType.DEVELOPMENT, Status.PUBLISHED, now);
            tenants.insert(tenant);
            environments.insert(environment);
            apiKeys.insert(new ApiKey(new ApiKeyId(ids.newId("secret")), tenant.id(), Optional.of(environment.id()),
                    "Local development key", ApiKeyType.PRIVATE_KEY, hash, ApiKey.displayIdOf(developmentApiKey),
                    Status.PUBLISHED, null, now, SEED_ACTOR));
            return environment.scope();
        });
    }
}
