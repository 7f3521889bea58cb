package io.flexprice.ports.testing;

import io.flexprice.ports.out.common.SecretGenerator;

/** Predictable secrets: the prefix, then {@code test} and a 39-digit counter ({@code sk_test000...0001}). */
public final class SequentialSecretGenerator implements SecretGenerator {

    private int count;

    @Override
    public String newSecret(String prefix) {
        count++;
        return prefix + String.format("test%039d", count);
    }
}
