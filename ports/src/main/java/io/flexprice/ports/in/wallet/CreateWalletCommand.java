package io.flexprice.ports.in.wallet;

import io.flexprice.domain.wallet.AutoTopUp;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.WalletConfig;
import io.flexprice.domain.wallet.WalletType;
import io.flexprice.ports.in.customer.CustomerRef;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;

/**
 * A new wallet. {@code type} null is PRE_PAID, {@code conversionRate} null is 1, {@code topupConversionRate} null
 * is the conversion rate; {@code initialCredits} (free credits granted at creation, FREE_CREDIT_GRANT) may expire
 * at {@code initialCreditsExpiry}.
 */
public record CreateWalletCommand(CustomerRef customer, String name, String description, Currency currency,
                                  WalletType type, ConversionRate conversionRate, ConversionRate topupConversionRate,
                                  Credits initialCredits, Instant initialCreditsExpiry, WalletConfig config,
                                  AutoTopUp autoTopUp, Map<String, String> metadata) {
}
