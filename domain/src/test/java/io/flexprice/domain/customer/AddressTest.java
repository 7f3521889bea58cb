package io.flexprice.domain.customer;

import static io.flexprice.domain.Fixtures.repeat;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressTest {

    @Test
    void everyLineIsOptional() {
        assertThat(new Address(null, null, null, null, null, null)).isEqualTo(Address.NONE);
    }

    @Test
    void linesAtTheirMaximumLengthAreAccepted() {
        Address address = new Address(repeat('a', 255), repeat('b', 255), repeat('c', 100), repeat('d', 100),
                repeat('1', 20), "US");

        assertThat(address.country()).isEqualTo("US");
    }

    @Test
    void everyTooLongLineAndABadCountryAreReportedTogether() {
        assertThat(fieldsRejected(() -> new Address(repeat('a', 256), repeat('b', 256), repeat('c', 101),
                repeat('d', 101), repeat('1', 21), "Germany")))
                .containsExactly("address_line1", "address_line2", "address_city", "address_state",
                        "address_postal_code", "address_country");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "USA", "U", "", "D1"})
    void aCountryMustBeTwoUpperCaseLetters(String country) {
        assertThat(fieldsRejected(() -> new Address(null, null, null, null, null, country)))
                .containsExactly("address_country");
    }
}
