package io.flexprice.ports.out.wallet;

import io.flexprice.domain.wallet.WalletStatus;
import java.util.List;

/** Narrows a wallet search; empty lists and nulls do not narrow. */
public record WalletFilter(List<String> walletIds, List<String> customerIds, WalletStatus walletStatus) {

    public static final WalletFilter ALL = new WalletFilter(List.of(), List.of(), null);

    public WalletFilter {
        walletIds = walletIds == null ? List.of() : List.copyOf(walletIds);
        customerIds = customerIds == null ? List.of() : List.copyOf(customerIds);
    }
}
