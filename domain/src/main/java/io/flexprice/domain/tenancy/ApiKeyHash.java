package io.flexprice.domain.tenancy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of an API key, hex encoded. The key itself is never stored. */
public record ApiKeyHash(String hex) {

    public ApiKeyHash {
        if (hex == null || !hex.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("an API key hash is 64 lower-case hex characters");
        }
    }

    public static ApiKeyHash of(String rawKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return new ApiKeyHash(HexFormat.of().formatHex(sha256.digest(rawKey.getBytes(StandardCharsets.UTF_8))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKeyHash[" + hex.substring(0, 8) + "...]";
    }
}
