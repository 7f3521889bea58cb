package io.flexprice.domain;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.tenancy.Scope;
import java.math.BigDecimal;
import java.time.Instant;

/** Shared constants for domain tests: one scope, one fixed instant, no wall clock. */
public final class Fixtures {

    public static final Scope SCOPE = Scope.of("tenant_1", "env_1");
    public static final Scope OTHER_SCOPE = Scope.of("tenant_2", "env_1");
    public static final Instant T0 = Instant.parse("2024-01-10T12:00:00Z");
    public static final Audit AUDIT = Audit.createdBy("user_1", T0);

    private Fixtures() {
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    public static Instant at(String isoInstant) {
        return Instant.parse(isoInstant);
    }

    public static String repeat(char c, int times) {
        return String.valueOf(c).repeat(times);
    }
}
