package io.flexprice.sdk.wallets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * A wallet transaction adds credits or takes them.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record TransactionType(@JsonValue String value) {

    public static final TransactionType CREDIT = new TransactionType("credit");
    public static final TransactionType DEBIT = new TransactionType("debit");

    private static final Set<TransactionType> KNOWN = Set.of(CREDIT, DEBIT);

    public TransactionType {
        OpenEnums.require(value, "TransactionType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TransactionType of(String value) {
        return new TransactionType(value);
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
