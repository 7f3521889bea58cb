package io.flexprice.adapters.http.wallet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.ports.in.wallet.TopUpResult;

/** FlexPrice's {@code dto.TopUpWalletResponse}: the wallet after, the entry, and a purchased top-up's invoice. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TopUpWalletResponse(String invoiceId, WalletResponse wallet, WalletTransactionResponse walletTransaction) {

    public static TopUpWalletResponse from(TopUpResult result) {
        return new TopUpWalletResponse(result.invoiceId(), WalletResponse.from(result.wallet()),
                WalletTransactionResponse.from(result.transaction()));
    }
}
