package io.flexprice.adapters.http.wallet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.ports.in.wallet.TopUpWalletCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * FlexPrice's {@code dto.TopUpWalletRequest}: {@code credits_to_add}, or {@code amount} in the wallet's currency
 * (credits win when both are given), decimal strings; {@code transaction_reason} required; {@code expiry_date_utc}
 * RFC 3339 (or FlexPrice's older {@code expiry_date}, YYYYMMDD); {@code priority} (lower first);
 * {@code idempotency_key}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TopUpWalletRequest(String amount, String creditsToAdd, String description, String expiryDateUtc,
                                 Integer expiryDate, String idempotencyKey, Map<String, String> metadata,
                                 Integer priority, String transactionReason) {

    public TopUpWalletCommand toCommand() {
        WireParser wire = new WireParser();
        Credits credits = WalletWire.credits(wire, creditsToAdd, "credits_to_add");
        BigDecimal amountValue = credits != null ? null : WalletWire.decimal(wire, amount, "amount");
        TransactionReason reason = WalletWire.enumValue(wire, transactionReason, "transaction_reason",
                TransactionReason::fromWire);
        if (transactionReason == null || transactionReason.isBlank()) {
            wire.add("transaction_reason", "is required");
        }
        Instant expiry = wire.instant(expiryDateUtc, "expiry_date_utc");
        Instant dayExpiry = WalletWire.yyyymmdd(wire, expiryDate, "expiry_date");
        wire.throwIfInvalid();
        return new TopUpWalletCommand(credits, amountValue, reason, description, metadata,
                expiry != null ? expiry : dayExpiry, priority, idempotencyKey == null || idempotencyKey.isBlank()
                        ? null : idempotencyKey);
    }
}
