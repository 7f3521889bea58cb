package io.flexprice.ports.testing;

import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.tenancy.Caller;

/** Test fixture: {@code aCaller().in(OTHER_ENVIRONMENT).build()}. */
public final class Callers {

    private Scope scope = Fixtures.SCOPE;
    private String actor = Fixtures.ACTOR;

    private Callers() {
    }

    public static Callers aCaller() {
        return new Callers();
    }

    public Callers in(Scope value) {
        this.scope = value;
        return this;
    }

    public Callers actor(String value) {
        this.actor = value;
        return this;
    }

    public Caller build() {
        return new Caller(scope, actor);
    }
}
