package io.flexprice.adapters.http.wallet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.wallet.WalletConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** FlexPrice's wallet {@code config}: {@code allowed_price_types} of ALL, USAGE, FIXED (absent or empty: ALL). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WalletConfigRequest(List<String> allowedPriceTypes) {

    WalletConfig toConfig(WireParser wire) {
        if (allowedPriceTypes == null) {
            return WalletConfig.ALL;
        }
        List<PriceType> types = new ArrayList<>();
        boolean all = false;
        for (int i = 0; i < allowedPriceTypes.size(); i++) {
            String value = allowedPriceTypes.get(i) == null ? "" : allowedPriceTypes.get(i).trim().toUpperCase(Locale.ROOT);
            switch (value) {
                case "ALL" -> all = true;
                case "USAGE" -> types.add(PriceType.USAGE);
                case "FIXED" -> types.add(PriceType.FIXED);
                default -> wire.add("config.allowed_price_types[" + i + "]", "must be one of ALL, USAGE, FIXED");
            }
        }
        return all ? WalletConfig.ALL : WalletConfig.of(types);
    }
}
