package io.flexprice.domain.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyHashTest {

    @Test
    void hashesWithSha256InLowerCaseHex() {
        // FIPS 180-2 test vector
        assertThat(ApiKeyHash.of("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ApiKeyHash.of("").hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void theSameKeyAlwaysGivesTheSameHashAndAnotherKeyAnother() {
        assertThat(ApiKeyHash.of("sk_live_123")).isEqualTo(ApiKeyHash.of("sk_live_123"));
        assertThat(ApiKeyHash.of("sk_live_123")).isNotEqualTo(ApiKeyHash.of("sk_live_124"));
    }

    @Test
    void aStoredHashCanBeRebuiltFromItsHex() {
        ApiKeyHash hash = ApiKeyHash.of("sk_live_123");

        assertThat(new ApiKeyHash(hash.hex())).isEqualTo(hash);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015a",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015adz",
            "sk_live_123"})
    void anythingButSixtyFourLowerCaseHexCharactersIsNotAHash(String hex) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ApiKeyHash(hex));
    }

    @Test
    void toStringShowsOnlyThePrefixOfTheHash() {
        assertThat(ApiKeyHash.of("abc")).hasToString("ApiKeyHash[ba7816bf...]");
    }
}
