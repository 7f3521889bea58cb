package io.flexprice.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flexprice.sdk.events.IngestEventParams;
import io.flexprice.sdk.prices.BillingModel;
import io.flexprice.sdk.prices.Price;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SDK's JSON conventions. */
class JsonTest {

    private final ObjectMapper json = Json.newMapper();

    @Test
    void decimalsAreWrittenPlainAndExactly() throws Exception {
        Map<String, Object> properties = new HashMap<>();
        properties.put("tokens", new BigDecimal("1E+3"));
        properties.put("cost", new BigDecimal("0.10"));
        properties.put("note", null);
        IngestEventParams event = IngestEventParams.builder().eventId("e1").eventName("x").externalCustomerId("c")
                .properties(properties).build();

        String written = json.writeValueAsString(event);

        assertThat(written).contains("\"tokens\":1000").contains("\"cost\":0.10").contains("\"note\":null")
                .doesNotContain("customer_id\":null").doesNotContain("timestamp");
    }

    @Test
    void anAnswerWithUnknownFieldsAndEnumValuesIsReadWithoutLoss() throws Exception {
        Price price = json.readValue("""
                {"id": "p1", "amount": "12.340", "billing_model": "USAGE_BASED_2030", "brand_new_field": [1, 2]}""",
                Price.class);

        assertThat(price.amount()).isEqualTo(new BigDecimal("12.340"));
        assertThat(price.billingModel()).isEqualTo(BillingModel.of("USAGE_BASED_2030"));
        assertThat(price.billingModel().isKnown()).isFalse();
        assertThat(json.writeValueAsString(price.billingModel())).isEqualTo("\"USAGE_BASED_2030\"");
    }
}
