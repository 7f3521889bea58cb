package io.flexprice.adapters.http.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.ErrorCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdgeErrorCodeTest {

    @Test
    void edge_codes_are_unique_and_never_reuse_a_domain_code() {
        List<String> codes = new ArrayList<>();
        Arrays.stream(ErrorCode.values()).map(ErrorCode::code).forEach(codes::add);
        Arrays.stream(EdgeErrorCode.values()).map(EdgeErrorCode::code).forEach(codes::add);

        assertThat(codes).doesNotHaveDuplicates();
    }
}
