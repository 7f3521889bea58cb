package io.flexprice.adapters.http.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.flexprice.adapters.http.JsonConfig;
import io.flexprice.adapters.http.metering.GetUsageRequest;
import io.flexprice.adapters.http.metering.UsageResponse;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonConfigTest {

    private final ObjectMapper mapper = JsonConfig.configure(new ObjectMapper());

    record CamelCase(String someField, Instant at) {
    }

    @Test
    void decimals_are_plain_instants_are_rfc3339_utc_and_nulls_are_left_out() throws Exception {
        String json = mapper.writeValueAsString(new UsageResponse("api_call", "SUM", new BigDecimal("1E+3"),
                List.of(new UsageResponse.WindowResult(Instant.parse("2024-05-01T00:00:00Z"), new BigDecimal("0.10")))));

        assertThat(json).isEqualTo("{\"event_name\":\"api_call\",\"type\":\"SUM\",\"value\":1000,"
                + "\"results\":[{\"window_size\":\"2024-05-01T00:00:00Z\",\"value\":0.10}]}");
        assertThat(mapper.writeValueAsString(new ErrorResponse.FieldError("x", null))).isEqualTo("{\"field\":\"x\"}");
    }

    @Test
    void null_values_inside_maps_are_kept() throws Exception {
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        properties.put("a", null);

        assertThat(mapper.writeValueAsString(properties)).isEqualTo("{\"a\":null}");
    }

    @Test
    void snake_case_is_not_global_so_dropwizard_admin_json_keeps_its_names() throws Exception {
        assertThat(mapper.writeValueAsString(new CamelCase("v", null))).isEqualTo("{\"someField\":\"v\"}");
    }

    @Test
    void unknown_properties_are_ignored_and_decimal_strings_are_read_exactly() throws Exception {
        GetUsageRequest request = mapper.readValue(
                "{\"event_name\":\"e\",\"multiplier\":\"0.10\",\"somebody_elses_field\":1}", GetUsageRequest.class);

        assertThat(request.eventName()).isEqualTo("e");
        assertThat(request.multiplier()).isEqualTo(new BigDecimal("0.10"));
    }

    @Test
    void floats_are_read_as_big_decimals() throws Exception {
        Object value = mapper.readValue("0.1", Object.class);

        assertThat(value).isEqualTo(new BigDecimal("0.1"));
    }
}
