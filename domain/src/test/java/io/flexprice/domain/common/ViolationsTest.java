package io.flexprice.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {

    @Test
    void nothingFoundThrowsNothing() {
        Violations violations = new Violations()
                .require(true, "a", "x")
                .requireText("text", "b")
                .maxLength("abc", 3, "c")
                .maxLength(null, 3, "d");

        assertThat(violations.isEmpty()).isTrue();
        assertThatCode(violations::throwIfAny).doesNotThrowAnyException();
    }

    @Test
    void everyFailedRuleIsReportedInOrderInOneException() {
        Violations violations = new Violations()
                .require(false, "a", "is wrong")
                .requireText(null, "b")
                .requireText("  ", "c")
                .maxLength("abcd", 3, "d")
                .add("e", "added")
                .addAll(List.of(new ValidationException.Violation("f", "from elsewhere")));

        assertThat(violations.isEmpty()).isFalse();
        assertThatThrownBy(violations::throwIfAny).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field, ValidationException.Violation::message)
                        .containsExactly(
                                tuple("a", "is wrong"),
                                tuple("b", "is required"),
                                tuple("c", "is required"),
                                tuple("d", "must be at most 3 characters"),
                                tuple("e", "added"),
                                tuple("f", "from elsewhere")));
    }

    @Test
    void collectReturnsWhatWasBuiltOrGathersItsViolationsWithTheOthers() {
        Violations violations = new Violations();

        String built = violations.collect(() -> "ok");
        Object invalid = violations.collect(() -> {
            throw ValidationException.of("email", "must be an email address");
        });
        violations.add("name", "is required");

        assertThat(built).isEqualTo("ok");
        assertThat(invalid).isNull();
        assertThatThrownBy(violations::throwIfAny).isInstanceOf(ValidationException.class)
                .hasMessage("email: must be an email address; name: is required");
    }
}
