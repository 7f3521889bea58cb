package io.flexprice.ports.out.common;

/** Unguessable secrets (API keys): {@code prefix} followed by at least 256 bits of randomness. */
public interface SecretGenerator {

    String newSecret(String prefix);
}
