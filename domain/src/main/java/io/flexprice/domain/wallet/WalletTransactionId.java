package io.flexprice.domain.wallet;

import io.flexprice.domain.common.EntityId;

public record WalletTransactionId(String value) {

    public WalletTransactionId {
        EntityId.require(value, "wallet_transaction_id");
    }

    public static WalletTransactionId of(String value) {
        return new WalletTransactionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
