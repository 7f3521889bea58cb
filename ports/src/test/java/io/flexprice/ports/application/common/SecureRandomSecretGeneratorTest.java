package io.flexprice.ports.application.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SecureRandomSecretGeneratorTest {

    private final SecureRandomSecretGenerator secrets = new SecureRandomSecretGenerator();

    @Test
    void aSecretIsThePrefixAnd43Base62Characters() {
        String secret = secrets.newSecret("sk_");

        assertThat(secret).startsWith("sk_").hasSize(3 + 43);
        assertThat(secret.substring(3)).matches("[0-9A-Za-z]{43}");
    }

    @Test
    void secretsDoNotRepeat() {
        Set<String> issued = new HashSet<>();

        IntStream.range(0, 1_000).forEach(i -> issued.add(secrets.newSecret("pk_")));

        assertThat(issued).hasSize(1_000);
    }
}
