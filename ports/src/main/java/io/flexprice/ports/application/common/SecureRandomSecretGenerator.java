package io.flexprice.ports.application.common;

import io.flexprice.ports.out.common.SecretGenerator;
import java.security.SecureRandom;

/** 43 base62 characters (256 bits) from a {@link SecureRandom}. */
public final class SecureRandomSecretGenerator implements SecretGenerator {

    private static final char[] BASE62 =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int LENGTH = 43;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String newSecret(String prefix) {
        StringBuilder secret = new StringBuilder(prefix.length() + LENGTH).append(prefix);
        for (int i = 0; i < LENGTH; i++) {
            secret.append(BASE62[random.nextInt(BASE62.length)]);
        }
        return secret.toString();
    }
}
