package io.flexprice.ports.in.wallet;

import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.ports.in.tenancy.Caller;
import java.time.Instant;
import java.util.List;

/**
 * The expiry run: debits what is left of every credit entry expired at {@code now} (CREDIT_EXPIRED, one debit per
 * entry), one wallet per unit of work, then tops up wallets whose auto top-up is due. Running it again at the same
 * {@code now} finds nothing more. Debits and top-ups of a wallet expire its credits too, so a wallet is never
 * debited from expired credits whenever the run last ran.
 */
public interface ExpireWalletCreditsUseCase {

    /** The actor the run records when it runs for every scope. */
    String SYSTEM_ACTOR = "system:wallet_credit_expiry";

    /** Expires the credits of the caller's scope. @return the expiry debits made */
    List<WalletTransaction> expire(Caller caller, Instant now);

    /** Expires the credits of every scope of every tenant, as {@link #SYSTEM_ACTOR}. @return the expiry debits made */
    List<WalletTransaction> expireInEveryScope(Instant now);
}
