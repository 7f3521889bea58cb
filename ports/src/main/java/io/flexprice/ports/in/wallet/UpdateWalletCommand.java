package io.flexprice.ports.in.wallet;

import io.flexprice.domain.wallet.AutoTopUp;
import io.flexprice.domain.wallet.WalletConfig;
import java.util.Map;

/** A partial update: null fields keep their current value. */
public record UpdateWalletCommand(String name, String description, Map<String, String> metadata, WalletConfig config,
                                  AutoTopUp autoTopUp) {
}
