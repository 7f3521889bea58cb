package io.flexprice.adapters.http.wallet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.wallet.AutoTopUp;
import io.flexprice.domain.wallet.WalletConfig;
import io.flexprice.ports.in.wallet.UpdateWalletCommand;
import java.util.Map;

/** FlexPrice's {@code dto.UpdateWalletRequest}: absent fields keep their value; {@code alert_settings} is ignored. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateWalletRequest(String name, String description, Map<String, String> metadata,
                                  AutoTopUpRequest autoTopup, WalletConfigRequest config, JsonNode alertSettings) {

    public UpdateWalletCommand toCommand() {
        WireParser wire = new WireParser();
        AutoTopUp autoTopUp = autoTopup == null ? null : autoTopup.toAutoTopUp(wire);
        WalletConfig walletConfig = config == null ? null : config.toConfig(wire);
        wire.throwIfInvalid();
        return new UpdateWalletCommand(name, description, metadata, walletConfig, autoTopUp);
    }
}
