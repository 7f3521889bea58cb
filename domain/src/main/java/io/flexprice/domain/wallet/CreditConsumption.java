package io.flexprice.domain.wallet;

import java.util.Objects;

/** The credits a debit took from one credit entry (FlexPrice's consumption breakdown). */
public record CreditConsumption(WalletTransactionId creditTransactionId, Credits credits) {

    public CreditConsumption {
        Objects.requireNonNull(creditTransactionId, "creditTransactionId");
        Objects.requireNonNull(credits, "credits");
        if (!credits.isPositive()) {
            throw new IllegalArgumentException("a consumption takes a positive number of credits");
        }
    }
}
