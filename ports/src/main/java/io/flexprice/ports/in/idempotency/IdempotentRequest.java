package io.flexprice.ports.in.idempotency;

import io.flexprice.ports.out.idempotency.IdempotencyKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A request sent with an idempotency key, known by its fingerprint: the SHA-256 (hex) of its method,
 * target and body. Two requests are the same request if their fingerprints are equal.
 */
public record IdempotentRequest(IdempotencyKey key, String fingerprint) {

    public IdempotentRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /**
     * @param method the HTTP method
     * @param target the path and query string as sent ({@code /v1/customers?id=c1}), percent-encoded
     * @param body the body byte for byte (empty if there is none)
     */
    public static IdempotentRequest of(IdempotencyKey key, String method, String target, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            // neither a method nor an encoded target contains a line break: the parts cannot run together
            sha256.update((method + "\n" + target + "\n").getBytes(StandardCharsets.UTF_8));
            return new IdempotentRequest(key, HexFormat.of().formatHex(sha256.digest(body)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
