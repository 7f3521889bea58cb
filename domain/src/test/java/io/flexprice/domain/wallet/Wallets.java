package io.flexprice.domain.wallet;

import io.flexprice.domain.Fixtures;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.pricing.PriceType;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * Test fixtures: {@code aWallet().credits("100").build()} is an active PRE_PAID USD wallet at a conversion rate of 1;
 * {@code aCredit("tx_1", "40")} an open credit entry of it.
 */
public final class Wallets {

    public static final WalletId WALLET = WalletId.of("wallet_1");
    public static final CustomerId CUSTOMER = CustomerId.of("cust_1");

    private String id = WALLET.value();
    private Currency currency = Currency.getInstance("USD");
    private WalletType type = WalletType.PRE_PAID;
    private WalletStatus walletStatus = WalletStatus.ACTIVE;
    private ConversionRate rate = ConversionRate.ONE;
    private Credits credits = Credits.ZERO;
    private WalletConfig config = WalletConfig.ALL;
    private AutoTopUp autoTopUp = AutoTopUp.DISABLED;
    private Instant createdAt = Fixtures.T0;

    private Wallets() {
    }

    public static Wallets aWallet() {
        return new Wallets();
    }

    public Wallets id(String value) {
        id = value;
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
        walletStatus = value;
        return this;
    }

    public Wallets rate(String value) {
        rate = ConversionRate.of(value);
        return this;
    }

    public Wallets credits(String value) {
        credits = Credits.of(value);
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

    public Wallets createdAt(Instant value) {
        createdAt = value;
        return this;
    }

    public Wallet build() {
        return new Wallet(WalletId.of(id), Fixtures.SCOPE, CUSTOMER, "Prepaid", null, currency, type, walletStatus,
                rate, null, credits, config, autoTopUp, null, Metadata.EMPTY, Status.PUBLISHED,
                Audit.createdBy("user_1", createdAt));
    }

    /** A completed credit entry of {@link #WALLET} worth its credits, with all of them available. */
    public static CreditBuilder aCredit(String id, String credits) {
        return new CreditBuilder(id, Credits.of(credits));
    }

    public static final class CreditBuilder {

        private final String id;
        private final Credits credits;
        private Credits available;
        private Instant expiry;
        private Integer priority;
        private Instant createdAt = Fixtures.T0;
        private TransactionReason reason = TransactionReason.FREE_CREDIT_GRANT;

        private CreditBuilder(String id, Credits credits) {
            this.id = id;
            this.credits = credits;
            this.available = credits;
        }

        public CreditBuilder available(String value) {
            available = Credits.of(value);
            return this;
        }

        public CreditBuilder expiring(String isoInstant) {
            expiry = Instant.parse(isoInstant);
            return this;
        }

        public CreditBuilder priority(int value) {
            priority = value;
            return this;
        }

        public CreditBuilder createdAt(String isoInstant) {
            createdAt = Instant.parse(isoInstant);
            return this;
        }

        public CreditBuilder reason(TransactionReason value) {
            reason = value;
            return this;
        }

        public WalletTransaction build() {
            return new WalletTransaction(WalletTransactionId.of(id), Fixtures.SCOPE, WALLET, CUSTOMER,
                    TransactionType.CREDIT, credits, ConversionRate.ONE.amountOf(credits, Currency.getInstance("USD")),
                    Credits.ZERO, credits, TransactionStatus.COMPLETED, reason, null, null, null, null, expiry,
                    priority, available, null, ConversionRate.ONE, null, List.of(), Status.PUBLISHED,
                    Audit.createdBy("user_1", createdAt));
        }
    }
}
