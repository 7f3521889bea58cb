package io.flexprice.domain.money;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ValidationException;
import java.util.Currency;

/** Two amounts of different currencies were added, subtracted or compared: they never mix. */
public final class CurrencyMismatchException extends ValidationException {

    public CurrencyMismatchException(Currency left, Currency right) {
        super(ErrorCode.CURRENCY_MISMATCH, "currency",
                "cannot combine " + left.getCurrencyCode() + " and " + right.getCurrencyCode() + " amounts");
    }
}
