package io.flexprice.adapters.http.wallet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletBalance;
import java.time.Instant;
import java.util.Map;

/**
 * FlexPrice's {@code dto.WalletBalanceResponse}: the wallet's fields and its real-time balance
 * ({@code real_time_balance} = {@code balance} - {@code current_period_usage}, and in credits), with
 * {@code credits_available_breakdown} (free / purchased credits). {@code unpaid_invoices_amount} is not served:
 * unpaid invoices are not subtracted (see the README).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WalletBalanceResponse(String id, String customerId, String name, String description, String currency,
                                    String balance, String creditBalance, String realTimeBalance,
                                    String realTimeCreditBalance, String currentPeriodUsage, Instant balanceUpdatedAt,
                                    Breakdown creditsAvailableBreakdown, String walletStatus, String walletType,
                                    String conversionRate, String topupConversionRate, WalletResponse.Config config,
                                    WalletResponse.AutoTopUpResponse autoTopup, Map<String, String> metadata,
                                    String status, String tenantId, String environmentId, Instant createdAt,
                                    String createdBy, Instant updatedAt, String updatedBy) {

    public static WalletBalanceResponse from(WalletBalance balance) {
        Wallet wallet = balance.wallet();
        WalletResponse w = WalletResponse.from(wallet);
        return new WalletBalanceResponse(w.id(), w.customerId(), w.name(), w.description(), w.currency(), w.balance(),
                w.creditBalance(), WalletWire.format(balance.realTimeBalance()),
                WalletWire.format(balance.realTimeCreditBalance()), WalletWire.format(balance.currentPeriodUsage()),
                balance.at(), new Breakdown(WalletWire.format(balance.free()), WalletWire.format(balance.purchased())),
                w.walletStatus(), w.walletType(), w.conversionRate(), w.topupConversionRate(), w.config(),
                w.autoTopup(), w.metadata(), w.status(), w.tenantId(), w.environmentId(), w.createdAt(),
                w.createdBy(), w.updatedAt(), w.updatedBy());
    }

    /** FlexPrice's {@code CreditBreakdown}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Breakdown(String free, String purchased) {
    }
}
