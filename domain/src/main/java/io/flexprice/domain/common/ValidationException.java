package io.flexprice.domain.common;

import java.util.List;

/** One or more fields of a request are invalid. Every violation is reported at once. */
public non-sealed class ValidationException extends DomainException {

    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super(ErrorCode.VALIDATION_FAILED, summary(violations));
        this.violations = List.copyOf(violations);
    }

    public ValidationException(ErrorCode code, String field, String message) {
        super(code, field + ": " + message);
        this.violations = List.of(new Violation(field, message));
    }

    /** Several violations of one kind, reported with that kind's code instead of {@code request.invalid}. */
    public ValidationException(ErrorCode code, List<Violation> violations) {
        super(code, summary(violations));
        this.violations = List.copyOf(violations);
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String summary(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation error needs at least one violation");
        }
        StringBuilder message = new StringBuilder();
        for (Violation v : violations) {
            if (message.length() > 0) {
                message.append("; ");
            }
            message.append(v.field()).append(": ").append(v.message());
        }
        return message.toString();
    }

    /** One invalid field: its wire name (snake_case path) and what is wrong with it. */
    public record Violation(String field, String message) {
    }
}
