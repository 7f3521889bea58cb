package io.flexprice.ports.testing;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.tenancy.Scope;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared constants for service tests: a few scopes, one fixed instant and a clock that never moves. */
public final class Fixtures {

    public static final Scope SCOPE = Scope.of("tenant_1", "env_1");
    /** Same tenant, another environment. */
    public static final Scope OTHER_ENVIRONMENT = Scope.of("tenant_1", "env_2");
    /** Another tenant. */
    public static final Scope OTHER_TENANT = Scope.of("tenant_2", "env_3");

    public static final String ACTOR = "secret_caller";
    public static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");
    public static final Clock CLOCK = clockAt(NOW);
    /** What was stored before the test ran, by someone else. */
    public static final Audit EARLIER = Audit.createdBy("secret_creator", NOW.minusSeconds(86_400));

    private Fixtures() {
    }

    public static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    public static Instant at(String isoInstant) {
        return Instant.parse(isoInstant);
    }
}
