package io.flexprice.domain.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects every violation of a multi-field rule, then throws them together, so a caller fixes a
 * request in one round trip instead of one error at a time.
 */
public final class Violations {

    private final List<ValidationException.Violation> found = new ArrayList<>();

    public Violations require(boolean condition, String field, String message) {
        if (!condition) {
            add(field, message);
        }
        return this;
    }

    public Violations requireText(String value, String field) {
        return require(value != null && !value.isBlank(), field, "is required");
    }

    public Violations maxLength(String value, int max, String field) {
        return require(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    public Violations add(String field, String message) {
        found.add(new ValidationException.Violation(field, message));
        return this;
    }

    public Violations addAll(Collection<ValidationException.Violation> violations) {
        found.addAll(violations);
        return this;
    }

    /**
     * Builds something whose constructor validates; its violations are collected here instead of thrown,
     * so the caller can report them together with others.
     *
     * @return what was built, or null if it was invalid
     */
    public <T> T collect(Supplier<T> build) {
        return collect("", build);
    }

    /**
     * As {@link #collect(Supplier)}, with each violation's field put under {@code prefix} (the position
     * of a part in a request: {@code events[2].}, {@code prices[0].}).
     */
    public <T> T collect(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationException invalid) {
            invalid.violations().forEach(v -> add(prefix + v.field(), v.message()));
            return null;
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }
}
