package io.flexprice.adapters.http.wallet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.ports.in.wallet.DebitWalletCommand;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/**
 * An extension: {@code POST /v1/wallets/{id}/debit} takes credits worth {@code amount} (a decimal string in the
 * wallet's currency, or in {@code currency} when given, which must be the wallet's), for {@code transaction_reason}
 * MANUAL_BALANCE_DEBIT (default), INVOICE_PAYMENT or CREDIT_ADJUSTMENT.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DebitWalletRequest(String amount, String currency, String transactionReason, String referenceType,
                                 String referenceId, String description, Map<String, String> metadata,
                                 String idempotencyKey) {

    public DebitWalletCommand toCommand() {
        WireParser wire = new WireParser();
        BigDecimal value = WalletWire.decimal(wire, amount, "amount");
        if (amount == null || amount.isBlank()) {
            wire.add("amount", "is required");
        }
        Currency unit = currency == null || currency.isBlank() ? null
                : wire.parse(() -> Money.parseCurrency(currency, "currency"));
        TransactionReason reason = transactionReason == null || transactionReason.isBlank()
                ? TransactionReason.MANUAL_BALANCE_DEBIT
                : WalletWire.enumValue(wire, transactionReason, "transaction_reason", TransactionReason::fromWire);
        WalletTxReferenceType reference = WalletWire.enumValue(wire, referenceType, "reference_type",
                WalletTxReferenceType::fromWire);
        wire.throwIfInvalid();
        return new DebitWalletCommand(value, unit, reason, reference, referenceId, description, metadata,
                idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey);
    }
}
