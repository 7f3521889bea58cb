package io.flexprice.ports.application.wallet;

import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.wallet.WalletCreditApplication;
import io.flexprice.domain.wallet.WalletCreditApplication.DueLine;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.ApplyWalletCreditsUseCase;
import io.flexprice.ports.out.invoice.PrepaidCredits;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A subscription invoice paid with the customer's PRE_PAID wallets when it is finalized:
 * {@link ApplyWalletCreditsUseCase} pays each line what is left of it after its discounts (a line below zero: none),
 * debiting each wallet once per invoice, in the finalizing unit of work.
 */
public final class WalletPrepaidCredits implements PrepaidCredits {

    private final ApplyWalletCreditsUseCase wallets;

    public WalletPrepaidCredits(ApplyWalletCreditsUseCase wallets) {
        this.wallets = wallets;
    }

    @Override
    public List<Money> apply(Caller caller, Invoice draft) {
        Money zero = draft.zero();
        List<DueLine> due = draft.lineItems().stream().map(line -> new DueLine(line.priceType(),
                line.afterDiscounts().isNegative() ? zero : line.afterDiscounts())).toList();
        WalletCreditApplication application = wallets.apply(caller, draft.customerId(), draft.currency(), due,
                draft.id().value());
        if (application.payments().isEmpty()) {
            return List.of();
        }
        return IntStream.range(0, due.size()).mapToObj(application::paidOn).toList();
    }
}
