package io.flexprice.sdk.wallets;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.WalletResponse}: {@code balance} is in the currency (credit balance x conversion rate),
 * {@code creditBalance} in credits.
 *
 * @param id the wallet's id
 * @param customerId its customer
 * @param name name
 * @param description description
 * @param currency ISO 4217 code in lower case
 * @param balance the balance in the currency
 * @param creditBalance the balance in credits
 * @param walletStatus active, frozen or closed
 * @param walletType prepaid or postpaid
 * @param conversionRate the currency one credit is worth
 * @param topupConversionRate the rate purchased credits are bought at
 * @param config the price types its credits pay for
 * @param autoTopup its automatic top-up
 * @param metadata your key-value pairs
 * @param status published
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Wallet(String id, String customerId, String name, String description, String currency,
                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance,
                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal creditBalance, WalletStatus walletStatus,
                     WalletType walletType, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal conversionRate,
                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal topupConversionRate, WalletConfig config,
                     AutoTopUp autoTopup, Map<String, String> metadata, String status, Instant createdAt,
                     Instant updatedAt) {

    public Wallet {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /**
     * FlexPrice's wallet {@code config}.
     *
     * @param allowedPriceTypes ALL, USAGE, FIXED (absent or empty: ALL)
     */
    public record WalletConfig(List<WalletPriceType> allowedPriceTypes) {

        public WalletConfig {
            allowedPriceTypes = allowedPriceTypes == null ? null : List.copyOf(allowedPriceTypes);
        }

        public static WalletConfig of(WalletPriceType... allowedPriceTypes) {
            return new WalletConfig(List.of(allowedPriceTypes));
        }
    }

    /**
     * FlexPrice's {@code auto_topup}: numbers in credits; {@code cooldownSeconds} is this server's extension.
     *
     * @param enabled whether it is on
     * @param threshold top up when the balance falls below this many credits
     * @param amount credits added each time
     * @param invoicing whether a top-up is invoiced
     * @param cooldownSeconds the least time between two automatic top-ups
     */
    public record AutoTopUp(Boolean enabled, BigDecimal threshold, BigDecimal amount, Boolean invoicing,
                            Long cooldownSeconds) {
    }
}
