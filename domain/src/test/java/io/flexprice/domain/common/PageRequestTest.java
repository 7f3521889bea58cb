package io.flexprice.domain.common;

import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 50, 1000})
    void aLimitFromOneToTheMaximumIsAccepted(int limit) {
        assertThat(new PageRequest(limit, 0, PageRequest.SortOrder.ASC).limit()).isEqualTo(limit);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1001})
    void aLimitOutsideOneToTheMaximumIsRejected(int limit) {
        assertThat(fieldsRejected(() -> new PageRequest(limit, 0, null))).containsExactly("limit");
    }

    @Test
    void aNegativeOffsetIsRejected() {
        assertThat(fieldsRejected(() -> new PageRequest(10, -1, null))).containsExactly("offset");
    }

    @Test
    void aBadLimitAndOffsetAreReportedTogether() {
        assertThat(fieldsRejected(() -> PageRequest.of(0, -5, null))).containsExactly("limit", "offset");
    }

    @Test
    void missingValuesTakeTheDefaults() {
        PageRequest page = PageRequest.of(null, null, null);

        assertThat(page.limit()).isEqualTo(PageRequest.DEFAULT_LIMIT).isEqualTo(50);
        assertThat(page.offset()).isZero();
        assertThat(page.order()).isEqualTo(PageRequest.SortOrder.DESC);
    }

    @Test
    void firstIsTheNewestPage() {
        assertThat(PageRequest.first(10)).isEqualTo(new PageRequest(10, 0, PageRequest.SortOrder.DESC));
    }

    @Test
    void aPageCopiesItsItems() {
        List<String> items = new java.util.ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(items, 1, 10, 0);
        items.add("b");

        assertThat(page.items()).containsExactly("a");
    }
}
