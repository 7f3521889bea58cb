package io.flexprice.adapters.storage.postgres.wallet;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.adapters.storage.WalletTransactionRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.adapters.storage.postgres.customer.PostgresCustomerRepository;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresWalletTransactionRepositoryIT extends WalletTransactionRepositoryContract {

    private final PostgresWalletTransactionRepository repository =
            new PostgresWalletTransactionRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresWalletRepository wallets =
            new PostgresWalletRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresCustomerRepository customers =
            new PostgresCustomerRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected WalletTransactionRepository repository() {
        return repository;
    }

    @Override
    protected WalletRepository wallets() {
        return wallets;
    }

    @Override
    protected CustomerRepository customers() {
        return customers;
    }

    @Test
    void theDatabaseRefusesToDeleteOrRewriteALedgerEntry() throws SQLException {
        try (Connection connection = PostgresTestDatabase.shared().dataSource().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("""
                    INSERT INTO customers (id, tenant_id, environment_id, external_id, time_zone, metadata, status,
                                           created_at, updated_at)
                    VALUES ('cust_append_only', 't_append_only', 'e', 'x', 'UTC', '{}', 'published', now(), now())
                    ON CONFLICT DO NOTHING""");
            sql.execute("""
                    INSERT INTO wallets (id, tenant_id, environment_id, customer_id, currency, wallet_type,
                                         wallet_status, conversion_rate, topup_conversion_rate, credit_balance,
                                         allowed_price_types, auto_topup_enabled, auto_topup_invoicing,
                                         auto_topup_cooldown_seconds, metadata, status, created_at, updated_at)
                    VALUES ('wallet_append_only', 't_append_only', 'e', 'cust_append_only', 'USD', 'PRE_PAID',
                            'active', 1, 1, 10, '[]', false, false, 0, '{}', 'published', now(), now())
                    ON CONFLICT DO NOTHING""");
            sql.execute("""
                    INSERT INTO wallet_transactions (id, tenant_id, environment_id, wallet_id, customer_id, type,
                        credit_amount, amount, currency, credit_balance_before, credit_balance_after,
                        transaction_status, transaction_reason, metadata, credits_available, conversion_rate,
                        consumptions, status, created_at, updated_at)
                    VALUES ('wtx_append_only', 't_append_only', 'e', 'wallet_append_only', 'cust_append_only',
                            'credit', 10, 10, 'USD', 0, 10, 'completed', 'FREE_CREDIT_GRANT', '{}', 10, 1, '[]',
                            'published', now(), now())
                    ON CONFLICT DO NOTHING""");

            assertThatThrownBy(() -> sql.execute("DELETE FROM wallet_transactions WHERE id = 'wtx_append_only'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.execute(
                    "UPDATE wallet_transactions SET credit_amount = 20 WHERE id = 'wtx_append_only'"))
                    .hasMessageContaining("never changes");
            assertThatThrownBy(() -> sql.execute(
                    "UPDATE wallet_transactions SET transaction_status = 'failed' WHERE id = 'wtx_append_only'"))
                    .hasMessageContaining("settled already");
            assertThatThrownBy(() -> sql.execute(
                    "UPDATE wallet_transactions SET credits_available = 11 WHERE id = 'wtx_append_only'"))
                    .hasMessageContaining("check constraint");
            sql.execute("UPDATE wallet_transactions SET credits_available = 4 WHERE id = 'wtx_append_only'");
            assertThatThrownBy(() -> sql.execute(
                    "UPDATE wallets SET credit_balance = -1 WHERE id = 'wallet_append_only'"))
                    .hasMessageContaining("check constraint");
        }
    }
}
