package io.flexprice.domain.wallet;

import io.flexprice.domain.common.EntityId;

public record WalletId(String value) {

    public WalletId {
        EntityId.require(value, "wallet_id");
    }

    public static WalletId of(String value) {
        return new WalletId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
