package io.flexprice.ports.testing;

import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.AutoTopUp;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletConfig;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletStatus;
import io.flexprice.domain.wallet.WalletType;
import java.util.Currency;
import java.util.List;

/**
 * Test fixture: an empty, active PRE_PAID USD wallet of customer {@code cust_stored_1} at a conversion rate of 1,
 * {@code aWallet().id("wallet_2").currency("EUR").build()}. Credits come through the services, so the ledger
 * matches the balance.
 */
public final class Wallets {

    private String id = "wallet_stored_1";
    private Scope scope = Fixtures.SCOPE;
    private String customerId = "cust_stored_1";
    private Currency currency = Currency.getInstance("USD");
    private WalletType type = WalletType.PRE_PAID;
    private WalletStatus status = WalletStatus.ACTIVE;
    private ConversionRate rate = ConversionRate.ONE;
    private ConversionRate topupRate;
    private WalletConfig config = WalletConfig.ALL;
    private AutoTopUp autoTopUp = AutoTopUp.DISABLED;

    private Wallets() {
    }

    public static Wallets aWallet() {
        return new Wallets();
    }

    public Wallets id(String value) {
        id = value;
        return this;
    }

    public Wallets in(Scope value) {
        scope = value;
        return this;
    }

    public Wallets customer(String value) {
        customerId = value;
        return this;
    }

    public Wallets currency(String code) {
        currency = Currency.getInstance(code);
        return this;
    }

    public Wallets type(WalletType value) {
        type = value;
        return this;
    }

    public Wallets status(WalletStatus value) {
        status = value;
        return this;
    }

    public Wallets rate(String value) {
        rate = ConversionRate.of(value);
        return this;
    }

    public Wallets topupRate(String value) {
        topupRate = ConversionRate.of(value);
        return this;
    }

    public Wallets allowing(PriceType... types) {
        config = WalletConfig.of(List.of(types));
        return this;
    }

    public Wallets autoTopUp(AutoTopUp value) {
        autoTopUp = value;
        return this;
    }

    public Wallet build() {
        return new Wallet(WalletId.of(id), scope, CustomerId.of(customerId), "Prepaid", null, currency, type, status,
                rate, topupRate, Credits.ZERO, config, autoTopUp, null, Metadata.EMPTY, Status.PUBLISHED,
                Fixtures.EARLIER);
    }
}
