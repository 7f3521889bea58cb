package io.flexprice.adapters.http.wallet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.wallet.AutoTopUp;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletConfig;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.WalletResponse}: {@code balance} (in the currency: credit balance × conversion rate),
 * {@code credit_balance} and the rates as decimal strings without trailing zeros, the currency in lower case,
 * {@code auto_topup} with its numbers (and the extension {@code cooldown_seconds}). No alerts: {@code alert_settings}
 * and {@code alert_state} are not served.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WalletResponse(String id, String customerId, String name, String description, String currency,
                             String balance, String creditBalance, String walletStatus, String walletType,
                             String conversionRate, String topupConversionRate, Config config,
                             AutoTopUpResponse autoTopup, Map<String, String> metadata, String status, String tenantId,
                             String environmentId, Instant createdAt, String createdBy, Instant updatedAt,
                             String updatedBy) {

    public static WalletResponse from(Wallet wallet) {
        return new WalletResponse(wallet.id().value(), wallet.customerId().value(), wallet.name(),
                wallet.description(), WalletWire.currency(wallet.currency()), WalletWire.format(wallet.balance()),
                WalletWire.format(wallet.creditBalance()), wallet.walletStatus().wireValue(), wallet.type().name(),
                WalletWire.format(wallet.conversionRate()), WalletWire.format(wallet.topupConversionRate()),
                Config.from(wallet.config()), AutoTopUpResponse.from(wallet.autoTopUp()), wallet.metadata().values(),
                wallet.status().wireValue(), wallet.scope().tenantId().value(),
                wallet.scope().environmentId().value(), wallet.audit().createdAt(), wallet.audit().createdBy(),
                wallet.audit().updatedAt(), wallet.audit().updatedBy());
    }

    /** FlexPrice's {@code types.WalletConfig}: {@code ["ALL"]} when every price type is allowed. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Config(List<String> allowedPriceTypes) {

        static Config from(WalletConfig config) {
            return new Config(config.allowsAll() ? List.of("ALL")
                    : config.allowedPriceTypes().stream().map(Enum::name).sorted().toList());
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record AutoTopUpResponse(boolean enabled, BigDecimal threshold, BigDecimal amount, boolean invoicing,
                                    long cooldownSeconds) {

        static AutoTopUpResponse from(AutoTopUp autoTopUp) {
            return new AutoTopUpResponse(autoTopUp.enabled(), WalletWire.number(autoTopUp.threshold()),
                    WalletWire.number(autoTopUp.amount()), autoTopUp.invoicing(), autoTopUp.cooldown().getSeconds());
        }
    }
}
