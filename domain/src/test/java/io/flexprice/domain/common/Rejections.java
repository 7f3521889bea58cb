package io.flexprice.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper: run a construction that must fail validation and look at what it reported. */
public final class Rejections {

    private Rejections() {
    }

    public static ValidationException rejected(ThrowingCallable construction) {
        Throwable thrown = catchThrowable(construction);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return (ValidationException) thrown;
    }

    /** The fields of every violation, in the order reported. */
    public static List<String> fieldsRejected(ThrowingCallable construction) {
        return rejected(construction).violations().stream().map(ValidationException.Violation::field).toList();
    }
}
