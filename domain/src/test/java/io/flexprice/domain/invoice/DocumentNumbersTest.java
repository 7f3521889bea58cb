package io.flexprice.domain.invoice;

import static io.flexprice.domain.Fixtures.at;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentNumbersTest {

    @Test
    void aNumberIsPrefixMonthAndAFiveDigitCounter() {
        assertThat(DocumentNumbers.format("INV", at("2026-03-15T10:00:00Z"), 1)).isEqualTo("INV-202603-00001");
        assertThat(DocumentNumbers.format("CN", at("2026-12-01T00:00:00Z"), 42)).isEqualTo("CN-202612-00042");
        assertThat(DocumentNumbers.format("INV", at("2026-03-15T10:00:00Z"), 123456)).isEqualTo("INV-202603-123456");
    }

    @Test
    void theMonthIsTheUtcMonthWhateverTheCustomersZone() {
        // 23:30 UTC on March 31 is already April 1 in Berlin: still March
        assertThat(DocumentNumbers.sequenceName("invoice", at("2026-03-31T23:30:00Z"))).isEqualTo("invoice:202603");
        assertThat(DocumentNumbers.sequenceName("invoice", at("2026-04-01T00:00:00Z"))).isEqualTo("invoice:202604");
    }

    @Test
    void aPrefixIsShortAndPlain() {
        assertThat(fieldsRejected(() -> DocumentNumbers.validatePrefix("IN V", "prefix"))).containsExactly("prefix");
        assertThat(fieldsRejected(() -> DocumentNumbers.validatePrefix("", "prefix"))).containsExactly("prefix");
        DocumentNumbers.validatePrefix("ACME_INV-2", "prefix");
    }
}
