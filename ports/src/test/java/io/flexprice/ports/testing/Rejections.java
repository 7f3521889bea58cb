package io.flexprice.ports.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.flexprice.domain.common.ValidationException;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Test helper: run a call that must fail validation and look at what it reported. */
public final class Rejections {

    private Rejections() {
    }

    public static ValidationException rejected(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return (ValidationException) thrown;
    }

    /** The fields of every violation, in the order reported. */
    public static List<String> fieldsRejected(ThrowingCallable call) {
        return rejected(call).violations().stream().map(ValidationException.Violation::field).toList();
    }
}
