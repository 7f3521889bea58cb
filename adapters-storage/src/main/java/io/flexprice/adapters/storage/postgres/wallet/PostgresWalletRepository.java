package io.flexprice.adapters.storage.postgres.wallet;

import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.ports.out.wallet.WalletFilter;
import io.flexprice.ports.out.wallet.WalletRepository;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Wallets. {@link #lockById} is {@code SELECT ... FOR UPDATE}: the row stays locked until the calling transaction
 * ends. The partial unique index {@code wallets_active_idx} keeps one active wallet per customer, currency and type;
 * a wallet's customer must be a customer of its scope ({@code wallets_customer_fkey}).
 */
public final class PostgresWalletRepository implements WalletRepository {

    private static final String ACTIVE_WALLET = "wallets_active_idx";

    private final WalletMapper mapper;

    @Inject
    public PostgresWalletRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(WalletMapper.class);
    }

    @Override
    public void insert(Wallet wallet) {
        write(wallet, mapper::insert);
    }

    /**
     * @throws ConflictException if the customer has another active wallet of the same currency and type
     * @throws IllegalStateException if the wallet is not stored in its scope
     */
    @Override
    public void update(Wallet wallet) {
        PostgresErrors.requireOneUpdated(write(wallet, mapper::update), wallet.id());
    }

    @Override
    public Optional<Wallet> findById(Scope scope, WalletId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(WalletRow::toDomain);
    }

    @Override
    public Optional<Wallet> lockById(Scope scope, WalletId id) {
        return Optional.ofNullable(mapper.lockById(scope, id)).map(WalletRow::toDomain);
    }

    @Override
    public List<Wallet> findByCustomer(Scope scope, CustomerId customerId) {
        return mapper.findByCustomer(scope, customerId).stream().map(WalletRow::toDomain).toList();
    }

    @Override
    public Page<Wallet> search(Scope scope, WalletFilter filter, PageRequest page) {
        return new Page<>(mapper.search(scope, filter, page).stream().map(WalletRow::toDomain).toList(),
                mapper.count(scope, filter), page.limit(), page.offset());
    }

    private int write(Wallet wallet, ToIntFunction<WalletRow> statement) {
        return PostgresErrors.rejectingUniqueViolation(ACTIVE_WALLET,
                () -> new ConflictException(ErrorCode.WALLET_ALREADY_ACTIVE, "customer " + wallet.customerId()
                        + " already has an active " + wallet.type() + " wallet in "
                        + wallet.currency().getCurrencyCode()),
                () -> statement.applyAsInt(WalletRow.from(wallet)));
    }
}
