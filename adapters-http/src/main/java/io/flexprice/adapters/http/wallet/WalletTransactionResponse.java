package io.flexprice.adapters.http.wallet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.wallet.WalletTransaction;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.WalletTransactionResponse}: {@code credit_amount}, the balances before and after and
 * {@code credits_available} in credits, {@code amount} in the currency, all decimal strings; the extension
 * {@code consumptions}: the credit entries a debit took its credits from (FlexPrice's consumption breakdown).
 * {@code wallet}, {@code customer} and {@code created_by_user} (expansions) are not served.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WalletTransactionResponse(String id, String walletId, String customerId, String type, String amount,
                                        String creditAmount, String creditBalanceBefore, String creditBalanceAfter,
                                        String creditsAvailable, String currency, String conversionRate,
                                        String topupConversionRate, String transactionStatus, String transactionReason,
                                        String referenceType, String referenceId, String description,
                                        Map<String, String> metadata, Instant expiryDate, Integer priority,
                                        String idempotencyKey, List<Consumption> consumptions, String status,
                                        String tenantId, String environmentId, Instant createdAt, String createdBy,
                                        Instant updatedAt, String updatedBy) {

    public static WalletTransactionResponse from(WalletTransaction t) {
        return new WalletTransactionResponse(t.id().value(), t.walletId().value(), t.customerId().value(),
                t.type().wireValue(), WalletWire.format(t.amount()), WalletWire.format(t.creditAmount()),
                WalletWire.format(t.creditBalanceBefore()), WalletWire.format(t.creditBalanceAfter()),
                WalletWire.format(t.creditsAvailable()), WalletWire.currency(t.amount().currency()),
                WalletWire.format(t.conversionRate()), WalletWire.format(t.topupConversionRate()),
                t.transactionStatus().wireValue(), t.reason().name(),
                t.referenceType() == null ? null : t.referenceType().name(), t.referenceId(), t.description(),
                t.metadata().values(), t.expiryDate(), t.priority(), t.idempotencyKey(),
                t.consumptions().isEmpty() ? null : t.consumptions().stream().map(c -> new Consumption(
                        c.creditTransactionId().value(), WalletWire.format(c.credits()))).toList(),
                t.status().wireValue(), t.scope().tenantId().value(), t.scope().environmentId().value(),
                t.audit().createdAt(), t.audit().createdBy(), t.audit().updatedAt(), t.audit().updatedBy());
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Consumption(String creditTransactionId, String credits) {
    }
}
