package io.flexprice.domain.wallet;

import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.PriceType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A wallet's real-time balance (FlexPrice's balance response): its balance less the usage of the current billing
 * period that is not invoiced yet, which the wallet will pay. Only an active wallet that pays usage charges has
 * usage subtracted; a wallet that is not active has a real-time balance of zero, as in FlexPrice.
 *
 * @param free the credits available from free grants (FREE_CREDIT_GRANT, SUBSCRIPTION_CREDIT_GRANT)
 * @param purchased the credits available from every other top-up
 */
public record WalletBalance(Wallet wallet, Money currentPeriodUsage, Money realTimeBalance,
                            Credits realTimeCreditBalance, Credits free, Credits purchased, Instant at) {

    public WalletBalance {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(currentPeriodUsage, "currentPeriodUsage");
        Objects.requireNonNull(realTimeBalance, "realTimeBalance");
        Objects.requireNonNull(realTimeCreditBalance, "realTimeCreditBalance");
        Objects.requireNonNull(at, "at");
    }

    /**
     * @param unbilledUsage the customer's usage charges of the current period not yet invoiced, in the wallet's
     *     currency
     * @param openCredits the wallet's credit entries with credits available (for the free / purchased breakdown)
     */
    public static WalletBalance of(Wallet wallet, Money unbilledUsage, List<WalletTransaction> openCredits,
                                   Instant at) {
        Credits free = Credits.ZERO;
        Credits purchased = Credits.ZERO;
        for (WalletTransaction credit : openCredits) {
            if (credit.walletId().equals(wallet.id()) && credit.isOpenCredit()) {
                if (credit.reason().isFree()) {
                    free = free.plus(credit.creditsAvailable());
                } else {
                    purchased = purchased.plus(credit.creditsAvailable());
                }
            }
        }
        if (!wallet.isActive()) {
            Money zero = Money.zero(wallet.currency());
            return new WalletBalance(wallet, zero, zero, Credits.ZERO, free, purchased, at);
        }
        Money usage = wallet.config().allows(PriceType.USAGE)
                ? Money.zero(wallet.currency()).plus(unbilledUsage) : Money.zero(wallet.currency());
        Money realTime = wallet.balance().minus(usage);
        return new WalletBalance(wallet, usage, realTime, wallet.conversionRate().creditsWorth(realTime), free,
                purchased, at);
    }
}
