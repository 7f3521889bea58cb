package io.flexprice.sdk.wallets;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * FlexPrice's {@code dto.WalletBalanceResponse}: the wallet and its real-time balance ({@code realTimeBalance} =
 * {@code balance} - {@code currentPeriodUsage}).
 *
 * @param id the wallet's id
 * @param customerId its customer
 * @param name name
 * @param currency ISO 4217 code in lower case
 * @param balance the balance in the currency
 * @param creditBalance the balance in credits
 * @param realTimeBalance the balance less the current period's usage, in the currency
 * @param realTimeCreditBalance the same in credits
 * @param currentPeriodUsage the usage charges not yet invoiced, in the currency
 * @param balanceUpdatedAt when it was worked out
 * @param creditsAvailableBreakdown free and purchased credits
 * @param walletStatus active, frozen or closed
 * @param walletType prepaid or postpaid
 * @param conversionRate the currency one credit is worth
 */
public record WalletBalance(String id, String customerId, String name, String currency,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal creditBalance,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal realTimeBalance,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal realTimeCreditBalance,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal currentPeriodUsage,
                            Instant balanceUpdatedAt, Breakdown creditsAvailableBreakdown, WalletStatus walletStatus,
                            WalletType walletType,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal conversionRate) {

    /**
     * The credits available by how they came.
     *
     * @param free granted free
     * @param purchased bought
     */
    public record Breakdown(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal free,
                            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal purchased) {
    }
}
