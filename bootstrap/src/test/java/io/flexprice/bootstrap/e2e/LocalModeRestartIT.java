package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.bootstrap.e2e.RunningApplication.Response;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local mode keeps its data in its data directory: a restarted application finds all of it. */
class LocalModeRestartIT {

    private static final String USAGE = """
            {"event_name": "upload", "aggregation_type": "SUM", "property_name": "bytes",
             "external_customer_id": "keeper", "start_time": "2026-03-01T00:00:00Z", "end_time": "2026-04-01T00:00:00Z"}""";

    @Test
    void customers_features_events_and_usage_survive_a_restart(@TempDir Path dataDirectory) throws Exception {
        Map<String, String> sameData = Map.of("FLEXPRICE_LOCAL_DATA_DIR", dataDirectory.toString());
        String customerId;
        String featureId;
        try (RunningApplication first = RunningApplication.start(sameData, RunningApplication.MICROSECOND_CLOCK)) {
            customerId = first.post("/v1/customers", "{\"external_id\": \"keeper\", \"name\": \"Keeper\"}")
                    .body().get("id").asText();
            featureId = first.post("/v1/features", """
                    {"name": "Uploads", "type": "metered", "meter": {"event_name": "upload",
                     "aggregation": {"type": "SUM", "field": "bytes"}, "reset_usage": "NEVER"}}""")
                    .body().get("id").asText();
            Response accepted = first.post("/v1/events/bulk", """
                    {"events": [
                      {"event_id": "u1", "event_name": "upload", "external_customer_id": "keeper",
                       "timestamp": "2026-03-02T10:00:00Z", "properties": {"bytes": 1500}},
                      {"event_id": "u2", "event_name": "upload", "external_customer_id": "keeper",
                       "timestamp": "2026-03-03T10:00:00Z", "properties": {"bytes": "2500.25"}}]}""");
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
            assertThat(first.post("/v1/events/usage", USAGE).body().get("value").decimalValue())
                    .isEqualByComparingTo("4000.25");
        }

        try (RunningApplication second = RunningApplication.start(sameData, RunningApplication.MICROSECOND_CLOCK)) {
            assertThat(second.get("/v1/customers/" + customerId).body().get("external_id").asText()).isEqualTo("keeper");
            Response feature = second.get("/v1/features/" + featureId);
            assertThat(feature.body().at("/meter/event_name").asText()).as(feature.toString()).isEqualTo("upload");
            Response events = second.get("/v1/events?external_customer_id=keeper");
            assertThat(events.body().get("total_count").asInt()).as(events.toString()).isEqualTo(2);
            // 1500 + 2500.25, computed again from the stored events
            assertThat(second.post("/v1/events/usage", USAGE).body().get("value").decimalValue())
                    .isEqualByComparingTo("4000.25");
            // a resend after the restart is still a duplicate
            second.post("/v1/events", """
                    {"event_id": "u1", "event_name": "upload", "external_customer_id": "keeper",
                     "timestamp": "2026-03-20T10:00:00Z", "properties": {"bytes": 99999}}""");
            assertThat(second.post("/v1/events/usage", USAGE).body().get("value").decimalValue())
                    .isEqualByComparingTo("4000.25");
        }
    }
}
