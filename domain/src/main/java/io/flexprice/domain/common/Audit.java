package io.flexprice.domain.common;

import java.time.Instant;
import java.util.Objects;

/** Who created and last changed an entity, and when. */
public record Audit(Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public Audit {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Audit createdBy(String actor, Instant at) {
        return new Audit(at, actor, at, actor);
    }

    public Audit updatedBy(String actor, Instant at) {
        return new Audit(createdAt, createdBy, at, actor);
    }
}
