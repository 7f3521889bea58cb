package io.flexprice.sdk.wallets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Where a wallet transaction is.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record TransactionStatus(@JsonValue String value) {

    public static final TransactionStatus PENDING = new TransactionStatus("pending");
    public static final TransactionStatus COMPLETED = new TransactionStatus("completed");
    public static final TransactionStatus FAILED = new TransactionStatus("failed");

    private static final Set<TransactionStatus> KNOWN = Set.of(PENDING, COMPLETED, FAILED);

    public TransactionStatus {
        OpenEnums.require(value, "TransactionStatus");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TransactionStatus of(String value) {
        return new TransactionStatus(value);
    }

    /** Whether this SDK version knows the value (it is one of the constants). */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
