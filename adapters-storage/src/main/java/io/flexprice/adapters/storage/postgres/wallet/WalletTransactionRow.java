package io.flexprice.adapters.storage.postgres.wallet;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.CreditConsumption;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.TransactionStatus;
import io.flexprice.domain.wallet.TransactionType;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletTransactionId;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of {@code wallet_transactions}: enums as their wire values, credits and amounts as NUMERIC, a debit's
 * consumptions as a JSON array of {@code {"credit_transaction_id", "credits"}} with the credits as decimal strings.
 */
final class WalletTransactionRow extends ScopedRow {

    private static final String CREDIT_TRANSACTION_ID = "credit_transaction_id";
    private static final String CREDITS = "credits";

    private String walletId;
    private String customerId;
    private String type;
    private BigDecimal creditAmount;
    private BigDecimal amount;
    private String currency;
    private BigDecimal creditBalanceBefore;
    private BigDecimal creditBalanceAfter;
    private String transactionStatus;
    private String transactionReason;
    private String referenceType;
    private String referenceId;
    private String description;
    private String metadata;
    private Instant expiryDate;
    private Integer priority;
    private BigDecimal creditsAvailable;
    private String idempotencyKey;
    private BigDecimal conversionRate;
    private BigDecimal topupConversionRate;
    private String consumptions;

    static WalletTransactionRow from(WalletTransaction t) {
        WalletTransactionRow row = new WalletTransactionRow();
        row.fill(t.id().value(), t.scope(), t.status(), t.audit());
        row.walletId = t.walletId().value();
        row.customerId = t.customerId().value();
        row.type = t.type().wireValue();
        row.creditAmount = t.creditAmount().value();
        row.amount = t.amount().amount();
        row.currency = t.amount().currency().getCurrencyCode();
        row.creditBalanceBefore = t.creditBalanceBefore().value();
        row.creditBalanceAfter = t.creditBalanceAfter().value();
        row.transactionStatus = t.transactionStatus().wireValue();
        row.transactionReason = t.reason().name();
        row.referenceType = t.referenceType() == null ? null : t.referenceType().name();
        row.referenceId = t.referenceId();
        row.description = t.description();
        row.metadata = JsonColumns.write(t.metadata().values());
        row.expiryDate = t.expiryDate();
        row.priority = t.priority();
        row.creditsAvailable = t.creditsAvailable().value();
        row.idempotencyKey = t.idempotencyKey();
        row.conversionRate = t.conversionRate().value();
        row.topupConversionRate = t.topupConversionRate() == null ? null : t.topupConversionRate().value();
        row.consumptions = JsonColumns.write(t.consumptions().stream().map(c -> {
            Map<String, String> column = new LinkedHashMap<>();
            column.put(CREDIT_TRANSACTION_ID, c.creditTransactionId().value());
            column.put(CREDITS, c.credits().toPlainString());
            return column;
        }).toList());
        return row;
    }

    WalletTransaction toDomain() {
        List<Map<String, String>> consumed = JsonColumns.read(consumptions,
                new TypeReference<List<Map<String, String>>>() { });
        return new WalletTransaction(new WalletTransactionId(id), scope(), new WalletId(walletId),
                new CustomerId(customerId), TransactionType.fromWire(type), new Credits(creditAmount),
                new Money(amount, Currency.getInstance(currency)), new Credits(creditBalanceBefore),
                new Credits(creditBalanceAfter), TransactionStatus.fromWire(transactionStatus),
                TransactionReason.valueOf(transactionReason),
                referenceType == null ? null : WalletTxReferenceType.valueOf(referenceType), referenceId, description,
                Metadata.of(JsonColumns.readStringMap(metadata)), expiryDate, priority, new Credits(creditsAvailable),
                idempotencyKey, new ConversionRate(conversionRate),
                topupConversionRate == null ? null : new ConversionRate(topupConversionRate),
                consumed.stream().map(c -> new CreditConsumption(new WalletTransactionId(c.get(CREDIT_TRANSACTION_ID)),
                        Credits.of(c.get(CREDITS)))).toList(), status, audit());
    }
}
