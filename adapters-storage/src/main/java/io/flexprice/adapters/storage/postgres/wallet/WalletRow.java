package io.flexprice.adapters.storage.postgres.wallet;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.wallet.AutoTopUp;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletConfig;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletStatus;
import io.flexprice.domain.wallet.WalletType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * A row of {@code wallets}: enums as their wire values, credits and rates as NUMERIC, the allowed price types and the
 * metadata as JSON text, the auto top-up spread over its columns (the cooldown in whole seconds).
 */
final class WalletRow extends ScopedRow {

    private String customerId;
    private String name;
    private String description;
    private String currency;
    private String walletType;
    private String walletStatus;
    private BigDecimal conversionRate;
    private BigDecimal topupConversionRate;
    private BigDecimal creditBalance;
    private String allowedPriceTypes;
    private boolean autoTopupEnabled;
    private BigDecimal autoTopupThreshold;
    private BigDecimal autoTopupAmount;
    private boolean autoTopupInvoicing;
    private long autoTopupCooldownSeconds;
    private Instant lastAutoTopupAt;
    private String metadata;

    static WalletRow from(Wallet wallet) {
        WalletRow row = new WalletRow();
        row.fill(wallet.id().value(), wallet.scope(), wallet.status(), wallet.audit());
        row.customerId = wallet.customerId().value();
        row.name = wallet.name();
        row.description = wallet.description();
        row.currency = wallet.currency().getCurrencyCode();
        row.walletType = wallet.type().name();
        row.walletStatus = wallet.walletStatus().wireValue();
        row.conversionRate = wallet.conversionRate().value();
        row.topupConversionRate = wallet.topupConversionRate().value();
        row.creditBalance = wallet.creditBalance().value();
        row.allowedPriceTypes = JsonColumns.write(wallet.config().allowedPriceTypes().stream().map(Enum::name)
                .sorted().toList());
        AutoTopUp autoTopUp = wallet.autoTopUp();
        row.autoTopupEnabled = autoTopUp.enabled();
        row.autoTopupThreshold = autoTopUp.threshold() == null ? null : autoTopUp.threshold().value();
        row.autoTopupAmount = autoTopUp.amount() == null ? null : autoTopUp.amount().value();
        row.autoTopupInvoicing = autoTopUp.invoicing();
        row.autoTopupCooldownSeconds = autoTopUp.cooldown().getSeconds();
        row.lastAutoTopupAt = wallet.lastAutoTopUpAt();
        row.metadata = JsonColumns.write(wallet.metadata().values());
        return row;
    }

    Wallet toDomain() {
        List<String> allowed = JsonColumns.read(allowedPriceTypes, new TypeReference<List<String>>() { });
        return new Wallet(new WalletId(id), scope(), new CustomerId(customerId), name, description,
                Currency.getInstance(currency), WalletType.valueOf(walletType), WalletStatus.fromWire(walletStatus),
                new ConversionRate(conversionRate), new ConversionRate(topupConversionRate),
                new Credits(creditBalance), WalletConfig.of(allowed.stream().map(PriceType::valueOf).toList()),
                new AutoTopUp(autoTopupEnabled, credits(autoTopupThreshold), credits(autoTopupAmount),
                        autoTopupInvoicing, Duration.ofSeconds(autoTopupCooldownSeconds)),
                lastAutoTopupAt, Metadata.of(JsonColumns.readStringMap(metadata)), status, audit());
    }

    private static Credits credits(BigDecimal value) {
        return value == null ? null : new Credits(value);
    }
}
