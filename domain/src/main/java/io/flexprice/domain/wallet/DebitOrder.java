package io.flexprice.domain.wallet;

import java.time.Instant;
import java.util.Comparator;

/**
 * The order in which a debit consumes a wallet's credits: by priority (a lower number first, no priority last),
 * then the soonest expiry (credits that never expire last), then the largest credits available; ties go to the
 * older entry, then to the smaller id, so the order is total.
 */
public final class DebitOrder {

    public static final Comparator<WalletTransaction> ORDER = Comparator
            .comparing(WalletTransaction::priority, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
            .thenComparing(WalletTransaction::expiryDate, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(WalletTransaction::creditsAvailable, Comparator.reverseOrder())
            .thenComparing(t -> t.audit().createdAt())
            .thenComparing(t -> t.id().value());

    private DebitOrder() {
    }
}
