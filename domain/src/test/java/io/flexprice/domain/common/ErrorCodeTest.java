package io.flexprice.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorCodeTest {

    @Test
    void everyCodeStringIsUnique() {
        List<String> codes = Arrays.stream(ErrorCode.values()).map(ErrorCode::code).toList();

        assertThat(codes).doesNotHaveDuplicates();
    }

    @Test
    void everyCodeIsAFeatureAndAReasonInSnakeCase() {
        assertThat(ErrorCode.values()).allSatisfy(
                code -> assertThat(code.code()).as(code.name()).matches("[a-z_]+\\.[a-z_]+"));
    }

    @Test
    void releasedCodesKeepTheirStrings() {
        assertThat(ErrorCode.VALIDATION_FAILED.code()).isEqualTo("request.invalid");
        assertThat(ErrorCode.CUSTOMER_NOT_FOUND.code()).isEqualTo("customer.not_found");
        assertThat(ErrorCode.EVENT_PUBLISH_FAILED.code()).isEqualTo("event.publish_failed");
    }
}
