package io.flexprice.adapters.http.addon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flexprice.adapters.http.pricing.CreatePriceRequest;
import io.flexprice.domain.addon.AddonType;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.ports.in.addon.CreateAddonCommand;
import io.flexprice.ports.out.addon.AddonFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddonRequestsTest {

    private static List<String> fieldsRejected(org.assertj.core.api.ThrowableAssert.ThrowingCallable parse) {
        return catchThrowableOfType(ValidationException.class, parse).violations().stream()
                .map(ValidationException.Violation::field).toList();
    }

    private static CreatePriceRequest aFee(String amount) {
        return new CreatePriceRequest(amount, "RECURRING", "FLAT_FEE", "MONTHLY", null, "usd", null, null, null, null,
                "ADVANCE", null, null, null, null, null, null, null, "FIXED", null, null, null);
    }

    @Test
    void aCreateRequestBecomesTheAddonWithItsPrices() {
        CreateAddonCommand command = new CreateAddonRequest("Seats", null, "seats", "multiple_instance",
                Map.of("unit", "seat"), List.of(aFee("5.00"))).toCommand();

        assertThat(command.type()).isEqualTo(AddonType.MULTIPLE_INSTANCE);
        assertThat(command.metadata()).containsEntry("unit", "seat");
        assertThat(command.prices()).hasSize(1);
    }

    @Test
    void aBadTypeANonStringMetadataValueAndABadPriceAreNamedTogether() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("count", 3);
        metadata.put("ok", "yes");
        List<CreatePriceRequest> prices = new ArrayList<>();
        prices.add(aFee("abc"));
        prices.add(null);

        assertThat(fieldsRejected(() -> new CreateAddonRequest("Seats", null, "seats", "twice", metadata, prices)
                .toCommand())).containsExactly("type", "metadata.count", "prices[0].amount", "prices[1]");
        assertThat(fieldsRejected(() -> new UpdateAddonRequest(null, null, Map.of("nested", Map.of())).toCommand()))
                .containsExactly("metadata.nested");
    }

    @Test
    void theSearchNarrowsByIdsLookupKeysAndTypeAndNamesABadType() {
        AddonFilter filter = AddonSearchRequest.fromQuery(List.of("addon_1,addon_2"), List.of("seats"), "onetime",
                null, "10", null, "asc").filter();

        assertThat(filter.addonIds()).containsExactly("addon_1", "addon_2");
        assertThat(filter.lookupKeys()).containsExactly("seats");
        assertThat(filter.type()).isEqualTo(AddonType.ONETIME);
        assertThat(fieldsRejected(() -> new AddonSearchRequest(null, null, "twice", null, null, null, null, null, null)
                .toSearch())).containsExactly("addon_type");
    }
}
