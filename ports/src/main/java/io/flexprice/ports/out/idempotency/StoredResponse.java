package io.flexprice.ports.out.idempotency;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The response of a request, as kept under its idempotency key to be replayed: the status, the content
 * type ({@code null} if it had none) and the body exactly as sent (empty if it had none). The body is
 * copied in and out, so a stored response never changes.
 */
public record StoredResponse(int status, String contentType, byte[] body) {

    public StoredResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        body = Objects.requireNonNull(body, "body").clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResponse that && status == that.status
                && Objects.equals(contentType, that.contentType) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "StoredResponse[status=" + status + ", contentType=" + contentType + ", body="
                + (body.length <= 32 ? HexFormat.of().formatHex(body) : body.length + " bytes") + "]";
    }
}
