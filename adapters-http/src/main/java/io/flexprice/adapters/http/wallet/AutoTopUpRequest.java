package io.flexprice.adapters.http.wallet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.wallet.AutoTopUp;
import io.flexprice.domain.wallet.Credits;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * FlexPrice's {@code auto_topup}: {@code threshold} and {@code amount} in credits (numbers), and the extension
 * {@code cooldown_seconds}, the least time between two automatic top-ups (default 0).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AutoTopUpRequest(Boolean enabled, BigDecimal threshold, BigDecimal amount, Boolean invoicing,
                               Long cooldownSeconds) {

    AutoTopUp toAutoTopUp(WireParser wire) {
        Credits thresholdCredits = WalletWire.credits(wire, threshold, "auto_topup.threshold");
        Credits amountCredits = WalletWire.credits(wire, amount, "auto_topup.amount");
        if (cooldownSeconds != null && cooldownSeconds < 0) {
            wire.add("auto_topup.cooldown_seconds", "must not be negative");
            return null;
        }
        return wire.parse(() -> new AutoTopUp(Boolean.TRUE.equals(enabled), thresholdCredits, amountCredits,
                Boolean.TRUE.equals(invoicing), Duration.ofSeconds(cooldownSeconds == null ? 0 : cooldownSeconds)));
    }
}
