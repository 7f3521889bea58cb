package io.flexprice.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    @Test
    void aSingleViolationNamesTheFieldInTheMessage() {
        ValidationException e = ValidationException.of("limit", "must be positive");

        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.getMessage()).isEqualTo("limit: must be positive");
        assertThat(e.violations()).containsExactly(new ValidationException.Violation("limit", "must be positive"));
    }

    @Test
    void severalViolationsAreJoinedInOrder() {
        ValidationException e = new ValidationException(List.of(
                new ValidationException.Violation("a", "is required"),
                new ValidationException.Violation("b", "is too long")));

        assertThat(e.getMessage()).isEqualTo("a: is required; b: is too long");
        assertThat(e.violations()).extracting(ValidationException.Violation::field).containsExactly("a", "b");
    }

    @Test
    void anExceptionWithoutViolationsCannotBeBuilt() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ValidationException(List.of()));
    }

    @Test
    void aSpecificCodeCanBeGivenForOneField() {
        ValidationException e = new ValidationException(ErrorCode.MALFORMED_REQUEST, "body", "is not JSON");

        assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_REQUEST);
        assertThat(e.getMessage()).isEqualTo("body: is not JSON");
        assertThat(e.violations()).containsExactly(new ValidationException.Violation("body", "is not JSON"));
    }

    @Test
    void theViolationsAreACopyThatCannotBeChanged() {
        List<ValidationException.Violation> source = new ArrayList<>();
        source.add(new ValidationException.Violation("a", "x"));
        ValidationException e = new ValidationException(source);
        source.add(new ValidationException.Violation("b", "y"));

        assertThat(e.violations()).hasSize(1);
        assertThatThrownBy(() -> e.violations().add(new ValidationException.Violation("c", "z")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void itIsADomainExceptionWithACode() {
        DomainException e = ValidationException.of("f", "m");

        assertThat(e).isInstanceOf(RuntimeException.class);
        assertThat(e.code()).isNotNull();
    }
}
