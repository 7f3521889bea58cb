package io.flexprice.adapters.http.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.wallet.AutoTopUp;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.WalletConfig;
import io.flexprice.domain.wallet.WalletType;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.wallet.CreateWalletCommand;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateWalletRequest}: the customer by {@code customer_id} or {@code external_customer_id};
 * {@code conversion_rate} (default 1) and {@code topup_conversion_rate} (default: the conversion rate) decimal
 * strings; {@code initial_credits_to_load} credits granted free, expiring at {@code initial_credits_expiry_date_utc}
 * (RFC 3339) or {@code initial_credits_to_load_expiry_date} (YYYYMMDD, 00:00 UTC). Extensions: {@code name} and
 * {@code config} (allowed price types), as on update. {@code alert_settings} is accepted and ignored;
 * {@code price_unit} (custom price units) is refused.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateWalletRequest(String customerId, String externalCustomerId, String name, String description,
                                  String currency, String walletType, String conversionRate,
                                  String topupConversionRate, String initialCreditsToLoad,
                                  String initialCreditsExpiryDateUtc, Integer initialCreditsToLoadExpiryDate,
                                  Map<String, String> metadata, AutoTopUpRequest autoTopup, WalletConfigRequest config,
                                  JsonNode alertSettings, String priceUnit) {

    public CreateWalletCommand toCommand() {
        WireParser wire = new WireParser();
        CustomerRef customer = wire.parse(f -> "customer_id", () -> new CustomerRef(customerId, externalCustomerId));
        Currency unit = currency == null || currency.isBlank() ? null
                : wire.parse(() -> Money.parseCurrency(currency, "currency"));
        if (currency == null || currency.isBlank()) {
            wire.add("currency", "is required");
        }
        WalletType type = WalletWire.enumValue(wire, walletType, "wallet_type", WalletType::fromWire);
        ConversionRate rate = WalletWire.rate(wire, conversionRate, "conversion_rate");
        ConversionRate topupRate = WalletWire.rate(wire, topupConversionRate, "topup_conversion_rate");
        Credits initial = WalletWire.credits(wire, initialCreditsToLoad, "initial_credits_to_load");
        Instant expiry = wire.instant(initialCreditsExpiryDateUtc, "initial_credits_expiry_date_utc");
        Instant dayExpiry = WalletWire.yyyymmdd(wire, initialCreditsToLoadExpiryDate,
                "initial_credits_to_load_expiry_date");
        AutoTopUp autoTopUp = autoTopup == null ? null : autoTopup.toAutoTopUp(wire);
        WalletConfig walletConfig = config == null ? null : config.toConfig(wire);
        if (priceUnit != null && !priceUnit.isBlank()) {
            wire.add("price_unit", "custom price units are not supported; give currency and conversion_rate");
        }
        wire.throwIfInvalid();
        return new CreateWalletCommand(customer, name, description, unit, type, rate, topupRate, initial,
                expiry != null ? expiry : dayExpiry, walletConfig, autoTopUp, metadata);
    }
}
