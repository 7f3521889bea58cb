package io.flexprice.ports.in.tenancy;

import io.flexprice.domain.tenancy.Scope;
import java.util.Objects;

/** Who is calling (the authenticated API key, recorded as created_by / updated_by) and in which scope. */
public record Caller(Scope scope, String actor) {

    public Caller {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(actor, "actor");
    }
}
