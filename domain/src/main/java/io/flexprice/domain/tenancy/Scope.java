package io.flexprice.domain.tenancy;

import java.util.Objects;

/**
 * The tenant and environment every piece of state belongs to. Every port call takes one; nothing
 * reads or writes across scopes except methods that say so in their name.
 */
public record Scope(TenantId tenantId, EnvironmentId environmentId) {

    public Scope {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(environmentId, "environmentId");
    }

    public static Scope of(String tenantId, String environmentId) {
        return new Scope(new TenantId(tenantId), new EnvironmentId(environmentId));
    }
}
