package io.flexprice.domain.wallet;

import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.PriceType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How much of an invoice the customer's prepaid wallets pay, line by line: wallet credits are applied after
 * coupons and before taxes (issue 6). Pure: the invoice computation calls {@link #apply} with the customer's
 * wallets and what each line comes to after its discounts; the wallets are then debited what the result says
 * ({@code ApplyWalletCreditsUseCase} in the ports does both in one unit of work).
 *
 * <p>Rules:
 * <ul>
 *   <li>Only ACTIVE, PRE_PAID wallets in the invoice's currency pay (POST_PAID wallets pay finalized invoices
 *       through payments instead), each at most its {@link Wallet#payableAmount()}: whole minor units, so every
 *       part here is a whole number of minor units and nothing is ever rounded.</li>
 *   <li>A wallet pays only lines of a price type its {@link WalletConfig} allows (a line without a price type:
 *       only a wallet that allows all).</li>
 *   <li>Lines are paid in their order; each line by the wallets in this order: those allowing fewer price types
 *       first (credits that can pay only usage go to usage before general credits do, which keeps the general ones
 *       for what only they can pay, so the most is paid), then the oldest wallet, then the smaller id.</li>
 *   <li>A line of zero or less gets nothing.</li>
 * </ul>
 */
public record WalletCreditApplication(Currency currency, List<Payment> payments) {

    public WalletCreditApplication {
        Objects.requireNonNull(currency, "currency");
        payments = List.copyOf(payments);
    }

    /** What one line of the invoice comes to after coupons, before taxes: a whole number of minor units. */
    public record DueLine(PriceType priceType, Money amount) {

        public DueLine {
            Objects.requireNonNull(amount, "amount");
            if (!amount.equals(amount.roundedToMinorUnit())) {
                throw new IllegalArgumentException("a due line is a whole number of minor units: " + amount);
            }
        }
    }

    /** What one wallet pays of one line ({@code line} is the index in the lines given). */
    public record Payment(WalletId walletId, int line, Money amount) {
    }

    /**
     * @param wallets the customer's wallets (any type, status and currency: the ineligible ones pay nothing)
     * @param lines the invoice's lines after coupons, in the invoice's currency
     */
    public static WalletCreditApplication apply(Currency currency, List<Wallet> wallets, List<DueLine> lines) {
        Map<WalletId, Money> left = new HashMap<>();
        List<Wallet> payers = wallets.stream()
                .filter(w -> w.isActive() && w.type() == WalletType.PRE_PAID && w.currency().equals(currency))
                .filter(w -> w.payableAmount().amount().signum() > 0)
                .sorted(Comparator.<Wallet>comparingInt(w -> w.config().allowedPriceTypes().size())
                        .thenComparing(w -> w.audit().createdAt(), Comparator.<Instant>naturalOrder())
                        .thenComparing(w -> w.id().value()))
                .toList();
        payers.forEach(w -> left.put(w.id(), w.payableAmount()));
        List<Payment> payments = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DueLine line = lines.get(i);
            Money due = Money.zero(currency).plus(line.amount()); // same currency, or a mismatch
            for (Wallet wallet : payers) {
                if (due.amount().signum() <= 0) {
                    break;
                }
                Money available = left.get(wallet.id());
                if (!wallet.config().allows(line.priceType()) || available.isZero()) {
                    continue;
                }
                Money paid = available.compareTo(due) < 0 ? available : due;
                payments.add(new Payment(wallet.id(), i, paid));
                left.put(wallet.id(), available.minus(paid));
                due = due.minus(paid);
            }
        }
        return new WalletCreditApplication(currency, payments);
    }

    /** Everything the wallets pay. */
    public Money total() {
        return payments.stream().map(Payment::amount).reduce(Money.zero(currency), Money::plus);
    }

    /** What each paying wallet pays in all, in the order they first pay. */
    public Map<WalletId, Money> byWallet() {
        Map<WalletId, Money> totals = new LinkedHashMap<>();
        payments.forEach(p -> totals.merge(p.walletId(), p.amount(), Money::plus));
        return totals;
    }

    /** What the wallets pay of line {@code line}: its "credits applied". */
    public Money paidOn(int line) {
        return payments.stream().filter(p -> p.line() == line).map(Payment::amount)
                .reduce(Money.zero(currency), Money::plus);
    }
}
