package io.flexprice.domain.wallet;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * A customer's wallet of prepaid (or postpaid) credits in one currency: FlexPrice's wallet.
 *
 * <p>{@code creditBalance} is the sum of the credits still available in the wallet's completed credit entries
 * ({@link WalletTransaction#creditsAvailable()}); it never goes below zero. It changes only through
 * {@link WalletLedger}, which records every change as a {@link WalletTransaction}. The balance in the currency is
 * {@code creditBalance × conversionRate}. {@code topupConversionRate} is what a credit costs when bought (a top-up
 * by amount, the invoice of a purchased top-up); it defaults to {@code conversionRate}.
 *
 * @param lastAutoTopUpAt when credits were last added automatically ({@link AutoTopUp}), null if never
 */
public record Wallet(WalletId id, Scope scope, CustomerId customerId, String name, String description,
                     Currency currency, WalletType type, WalletStatus walletStatus, ConversionRate conversionRate,
                     ConversionRate topupConversionRate, Credits creditBalance, WalletConfig config,
                     AutoTopUp autoTopUp, Instant lastAutoTopUpAt, Metadata metadata, Status status, Audit audit) {

    public Wallet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(walletStatus, "walletStatus");
        Objects.requireNonNull(conversionRate, "conversionRate");
        Objects.requireNonNull(creditBalance, "creditBalance");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        topupConversionRate = topupConversionRate == null ? conversionRate : topupConversionRate;
        config = config == null ? WalletConfig.ALL : config;
        autoTopUp = autoTopUp == null ? AutoTopUp.DISABLED : autoTopUp;
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        if (!Money.hasMinorUnit(currency)) {
            throw ValidationException.of("currency", currency.getCurrencyCode() + " has no minor unit");
        }
        if (creditBalance.isNegative()) {
            throw new IllegalArgumentException("wallet " + id + ": a credit balance is never negative");
        }
        validate(name, description);
    }

    /** The rules of the editable text fields, for a check before anything is built. */
    public static void validate(String name, String description) {
        new Violations()
                .maxLength(name, 255, "name")
                .maxLength(description, 4000, "description")
                .throwIfAny();
    }

    /** The balance in the wallet's currency: credit balance × conversion rate, unrounded. */
    public Money balance() {
        return conversionRate.amountOf(creditBalance, currency);
    }

    /**
     * The most this wallet can pay, in whole minor units: the balance rounded down to the minor unit, so that a
     * debit of it ({@link ConversionRate#creditsToPay}) never needs more credits than the wallet holds. (Rounded
     * with {@link Money#roundedToMinorUnit()}, less one minor unit when that rounded up.)
     */
    public Money payableAmount() {
        Money value = balance();
        Money minorUnit = new Money(BigDecimal.ONE.movePointLeft(value.minorUnitDigits()), currency);
        Money payable = value.roundedToMinorUnit();
        while (payable.compareTo(value) > 0
                || payable.amount().signum() > 0 && conversionRate.creditsToPay(payable).compareTo(creditBalance) > 0) {
            payable = payable.minus(minorUnit);
        }
        return payable.isNegative() ? Money.zero(currency) : payable;
    }

    public boolean isActive() {
        return walletStatus == WalletStatus.ACTIVE;
    }

    /**
     * @throws ConflictException ({@code wallet.closed}) unless the wallet is active
     */
    public void requireActive() {
        if (!isActive()) {
            throw new ConflictException(ErrorCode.WALLET_CLOSED,
                    "wallet " + id + " is " + walletStatus.wireValue() + "; it takes no top-ups or debits");
        }
    }

    /** Whether a debit that left this balance at {@code now} tops the wallet up automatically. */
    public boolean isAutoTopUpDue(Instant now) {
        return isActive() && autoTopUp.isDue(creditBalance, lastAutoTopUpAt, now);
    }

    public Wallet withDetails(String newName, String newDescription, Metadata newMetadata, WalletConfig newConfig,
                              AutoTopUp newAutoTopUp, Audit changed) {
        return new Wallet(id, scope, customerId, newName, newDescription, currency, type, walletStatus,
                conversionRate, topupConversionRate, creditBalance, newConfig, newAutoTopUp, lastAutoTopUpAt,
                newMetadata, status, changed);
    }

    Wallet withCreditBalance(Credits balance, Audit changed) {
        return new Wallet(id, scope, customerId, name, description, currency, type, walletStatus, conversionRate,
                topupConversionRate, balance, config, autoTopUp, lastAutoTopUpAt, metadata, status, changed);
    }

    Wallet closed(Audit changed) {
        return new Wallet(id, scope, customerId, name, description, currency, type, WalletStatus.CLOSED,
                conversionRate, topupConversionRate, creditBalance, config, autoTopUp, lastAutoTopUpAt, metadata,
                status, changed);
    }

    /** The wallet after an automatic top-up at {@code at}: the cooldown counts from there. */
    public Wallet autoToppedUpAt(Instant at) {
        return new Wallet(id, scope, customerId, name, description, currency, type, walletStatus, conversionRate,
                topupConversionRate, creditBalance, config, autoTopUp, at, metadata, status, audit);
    }
}
