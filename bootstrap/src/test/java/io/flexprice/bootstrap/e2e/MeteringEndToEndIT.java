package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.bootstrap.e2e.RunningApplication.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Drives the running application over HTTP, as a FlexPrice client would: customers, features with
 * meters, bulk ingest (with a resent duplicate), then usage for every aggregation. Expected values are
 * worked out by hand in the comments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeteringEndToEndIT {

    private static final String JANUARY = "\"start_time\": \"2026-01-01T00:00:00Z\", \"end_time\": \"2026-02-01T00:00:00Z\"";

    private RunningApplication app;
    private final Map<String, String> meterIds = new java.util.HashMap<>();

    @BeforeAll
    void startAndIngest() throws Exception {
        app = RunningApplication.start();
        assertCreated(app.post("/v1/customers", """
                {"external_id": "acme", "name": "Acme Inc", "email": "billing@acme.test", "address_country": "US",
                 "metadata": {"tier": "gold"}}"""));
        assertCreated(app.post("/v1/customers", """
                {"external_id": "globex", "name": "Globex"}"""));
        meter("count", "COUNT", null, null, null);
        meter("sum", "SUM", "tokens", null, null);
        meter("avg", "AVG", "tokens", null, null);
        meter("max", "MAX", "tokens", null, null);
        meter("unique", "COUNT_UNIQUE", "user", null, null);
        meter("latest", "LATEST", "tokens", null, null);
        meter("sum_x2", "SUM_WITH_MULTIPLIER", "tokens", "2", null);
        meter("seats", "WEIGHTED_SUM", "seats", null, null);
        meter("gpt4_sum", "SUM", "tokens", null, "[{\"key\": \"model\", \"values\": [\"gpt-4\"]}]");

        // acme, January 2026 (UTC): e1..e4 count; e6 sits exactly on the exclusive end; globex's e5 never counts
        Response accepted = app.post("/v1/events/bulk", """
                {"events": [
                  {"event_id": "e1", "event_name": "api_call", "external_customer_id": "acme",
                   "timestamp": "2026-01-01T00:00:00Z",
                   "properties": {"tokens": 10, "model": "gpt-4", "user": "u1", "seats": 4}},
                  {"event_id": "e2", "event_name": "api_call", "external_customer_id": "acme",
                   "timestamp": "2026-01-10T12:00:00Z",
                   "properties": {"tokens": 20, "model": "gpt-4", "user": "u2", "seats": 6}},
                  {"event_id": "e3", "event_name": "api_call", "external_customer_id": "acme",
                   "timestamp": "2026-01-16T00:00:00Z",
                   "properties": {"tokens": "30", "model": "claude", "user": "u1", "seats": 2}},
                  {"event_id": "e4", "event_name": "api_call", "external_customer_id": "acme",
                   "timestamp": "2026-01-31T23:59:59Z",
                   "properties": {"tokens": 5.5, "model": "gpt-4", "user": "u3", "seats": 8}},
                  {"event_id": "e5", "event_name": "api_call", "external_customer_id": "globex",
                   "timestamp": "2026-01-05T00:00:00Z", "properties": {"tokens": 1000, "model": "gpt-4"}},
                  {"event_id": "e6", "event_name": "api_call", "external_customer_id": "acme",
                   "timestamp": "2026-02-01T00:00:00Z", "properties": {"tokens": 999, "user": "u9"}}
                ]}""");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.body().get("message").asText()).isEqualTo("Events accepted for processing");

        // a client retry: same id, another timestamp and value; absorbed, never counted
        Response resent = app.post("/v1/events", """
                {"event_id": "e2", "event_name": "api_call", "external_customer_id": "acme",
                 "timestamp": "2026-01-20T00:00:00Z", "properties": {"tokens": 500, "user": "u7", "seats": 100}}""");
        assertThat(resent.status()).as(resent.toString()).isEqualTo(202);
        assertThat(resent.body().get("event_id").asText()).isEqualTo("e2");
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    @ParameterizedTest(name = "{0} over acme''s January is {1}")
    @CsvSource({
            "count,  4",        // e1 e2 e3 e4
            "sum,    65.5",     // 10 + 20 + 30 + 5.5
            "avg,    16.375",   // 65.5 / 4
            "max,    30",       // e3's "30" (a numeric string counts as a number)
            "unique, 3",        // u1 u2 u1 u3
            "latest, 5.5",      // e4 is the last by timestamp
            "sum_x2, 131",      // 65.5 * 2
            "gpt4_sum, 35.5"    // 10 + 20 + 5.5 (e3 is claude)
    })
    void usage_by_meter_counts_each_aggregation_as_worked_out_by_hand(String meter, BigDecimal expected) {
        Response usage = app.post("/v1/events/usage/meter", """
                {"meter_id": "%s", "external_customer_id": "acme", %s}""".formatted(meterIds.get(meter), JANUARY));

        assertThat(usage.status()).as(usage.toString()).isEqualTo(200);
        assertThat(usage.body().get("value").decimalValue()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} of {1} over acme''s January is {2}")
    @CsvSource({
            "COUNT,               ,       4",
            "SUM,                 tokens, 65.5",
            "AVG,                 tokens, 16.375",
            "MAX,                 tokens, 30",
            "COUNT_UNIQUE,        user,   3",
            "LATEST,              tokens, 5.5",
    })
    void ad_hoc_usage_counts_each_aggregation_as_worked_out_by_hand(String type, String field, BigDecimal expected) {
        Response usage = app.post("/v1/events/usage", """
                {"event_name": "api_call", "aggregation_type": "%s", "property_name": "%s",
                 "external_customer_id": "acme", %s}""".formatted(type, field == null ? "" : field, JANUARY));

        assertThat(usage.status()).as(usage.toString()).isEqualTo(200);
        assertThat(usage.body().get("value").decimalValue()).isEqualByComparingTo(expected);
        assertThat(usage.body().get("event_name").asText()).isEqualTo("api_call");
        assertThat(usage.body().get("type").asText()).isEqualTo(type);
    }

    @Test
    void sum_with_multiplier_takes_the_multiplier_as_a_string_like_the_official_client_sends_it() {
        Response usage = app.post("/v1/events/usage", """
                {"event_name": "api_call", "aggregation_type": "SUM_WITH_MULTIPLIER", "property_name": "tokens",
                 "multiplier": "0.5", "external_customer_id": "acme", %s}""".formatted(JANUARY));

        // 65.5 * 0.5
        assertThat(usage.body().get("value").decimalValue()).as(usage.toString()).isEqualByComparingTo("32.75");
    }

    @Test
    void weighted_sum_weighs_each_value_by_the_fraction_of_the_period_left_after_it() {
        Response usage = app.post("/v1/events/usage/meter", """
                {"meter_id": "%s", "external_customer_id": "acme", %s}""".formatted(meterIds.get("seats"), JANUARY));

        // January has 31 days. e1: 4 * 31/31 = 4; e2 (Jan 10 12:00): 6 * 21.5/31; e3 (Jan 16): 2 * 16/31;
        // e4 (1 s before the end): 8 * 1/2678400. Sum = 3078001/334800 = 9.19355137395459976...
        assertThat(usage.body().get("value").decimalValue()).as(usage.toString())
                .isCloseTo(new BigDecimal("9.193551373954599761"), within(new BigDecimal("1e-15")));
    }

    @Test
    void property_filters_in_the_request_narrow_the_usage() {
        Response usage = app.post("/v1/events/usage", """
                {"event_name": "api_call", "aggregation_type": "SUM", "property_name": "tokens",
                 "filters": {"model": ["claude", "llama"]}, "external_customer_id": "acme", %s}""".formatted(JANUARY));

        assertThat(usage.body().get("value").decimalValue()).as(usage.toString()).isEqualByComparingTo("30");
    }

    @Test
    void daily_windows_follow_the_requested_time_zone() {
        Response usage = app.post("/v1/events/usage", """
                {"event_name": "api_call", "aggregation_type": "COUNT", "external_customer_id": "acme",
                 "window_size": "DAY", "timezone": "America/New_York", %s}""".formatted(JANUARY));

        // e1 (Jan 1 00:00Z) is Dec 31 19:00 in New York: its day starts Dec 31 05:00Z;
        // e4 (Jan 31 23:59:59Z) is Jan 31 18:59:59 EST: its day starts Jan 31 05:00Z
        assertThat(windows(usage)).containsExactly(
                Map.entry("2025-12-31T05:00:00Z", "1"),
                Map.entry("2026-01-10T05:00:00Z", "1"),
                Map.entry("2026-01-15T05:00:00Z", "1"),
                Map.entry("2026-01-31T05:00:00Z", "1"));
        assertThat(usage.body().get("value").decimalValue()).isEqualByComparingTo("4");
    }

    @Test
    void usage_of_all_customers_includes_other_customers_events() {
        Response usage = app.post("/v1/events/usage", """
                {"event_name": "api_call", "aggregation_type": "SUM", "property_name": "tokens", %s}"""
                .formatted(JANUARY));

        // acme's 65.5 + globex's 1000
        assertThat(usage.body().get("value").decimalValue()).as(usage.toString()).isEqualByComparingTo("1065.5");
    }

    @Test
    void the_first_version_of_a_resent_event_stands() {
        Response event = app.get("/v1/events/e2");

        assertThat(event.status()).as(event.toString()).isEqualTo(200);
        assertThat(event.body().at("/event/timestamp").asText()).isEqualTo("2026-01-10T12:00:00Z");
        assertThat(event.body().at("/event/properties/tokens").decimalValue()).isEqualByComparingTo("20");
    }

    @Test
    void listing_events_pages_newest_first_with_the_total() {
        Response page = app.get("/v1/events?external_customer_id=acme&page_size=2");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body().get("total_count").asLong()).isEqualTo(5); // e1 e2 e3 e4 e6: the resend added none
        assertThat(page.body().get("has_more").asBoolean()).isTrue();
        assertThat(page.body().get("events")).extracting(e -> e.get("id").asText()).containsExactly("e6", "e4");
    }

    @Test
    void customers_are_found_by_id_and_external_id_updated_searched_and_deleted() {
        JsonNode created = assertCreated(app.post("/v1/customers", """
                {"external_id": "initech", "name": "Initech", "timezone": "Europe/Berlin"}"""));
        String id = created.get("id").asText();
        assertThat(id).startsWith("cust_");
        // what the create answered is what a read finds
        assertThat(app.get("/v1/customers/" + id).body()).isEqualTo(created);

        assertThat(app.get("/v1/customers/external/initech").body().get("id").asText()).isEqualTo(id);
        Response updated = app.put("/v1/customers?id=" + id, "{\"name\": \"Initech GmbH\"}");
        assertThat(updated.body().get("name").asText()).as(updated.toString()).isEqualTo("Initech GmbH");
        assertThat(updated.body().get("external_id").asText()).isEqualTo("initech");

        Response search = app.post("/v1/customers/search", "{\"external_ids\": [\"initech\", \"acme\"]}");
        assertThat(search.body().at("/pagination/total").asInt()).as(search.toString()).isEqualTo(2);

        assertThat(app.delete("/v1/customers/" + id).status()).isEqualTo(204);
        assertThat(app.get("/v1/customers/" + id).status()).isEqualTo(404);
        // the external id is free again
        assertCreated(app.post("/v1/customers", "{\"external_id\": \"initech\"}"));
    }

    @Test
    void a_parent_customer_can_be_named_by_its_external_id() {
        String acme = app.get("/v1/customers/external/acme").body().get("id").asText();

        JsonNode child = assertCreated(app.post("/v1/customers", """
                {"external_id": "acme-emea", "parent_customer_external_id": "acme"}"""));

        assertThat(child.get("parent_customer_id").asText()).isEqualTo(acme);
        assertErrorShape(app.post("/v1/customers", """
                {"external_id": "orphan", "parent_customer_external_id": "nobody"}"""), 404);
    }

    @Test
    void a_bad_event_in_a_bulk_of_one_is_named_by_its_position() {
        Response bad = app.post("/v1/events/bulk", """
                {"events": [{"event_name": "api_call"}]}""");

        assertErrorShape(bad, 400);
        assertThat(bad.body().at("/error/details/0/field").asText()).isEqualTo("events[0].external_customer_id");
    }

    @Test
    void a_second_live_customer_with_the_same_external_id_is_a_conflict() {
        Response conflict = app.post("/v1/customers", "{\"external_id\": \"acme\"}");

        assertErrorShape(conflict, 409);
    }

    @Test
    void bad_input_gets_a_4xx_in_flexprice_error_shape_and_changes_nothing() {
        long before = acmeEventCount();

        assertErrorShape(app.post("/v1/events", """
                {"event_name": "api_call", "properties": {"tokens": 1}}"""), 400); // no external_customer_id
        assertErrorShape(app.post("/v1/events", "{\"event_name\": \"api_call\", "), 400); // malformed JSON
        assertErrorShape(app.post("/v1/events", """
                {"event_name": "api_call", "external_customer_id": "acme", "timestamp": "yesterday"}"""), 400);
        assertErrorShape(app.post("/v1/events", """
                {"event_name": ["api_call"], "external_customer_id": "acme"}"""), 400); // wrong type
        assertErrorShape(app.post("/v1/events/bulk", "{\"events\": []}"), 400);
        assertErrorShape(app.post("/v1/events/bulk", bulkOf(1001)), 400); // over the limit of 1000
        assertErrorShape(app.post("/v1/events/bulk", """
                {"events": [
                  {"event_id": "ok-1", "event_name": "api_call", "external_customer_id": "acme"},
                  {"event_id": "bad-1", "event_name": "", "external_customer_id": "acme"}
                ]}"""), 400); // one bad event: none of the batch is accepted
        assertErrorShape(app.post("/v1/events/usage/meter", "{\"meter_id\": \"meter_unknown\"}"), 404);
        assertErrorShape(app.post("/v1/events/usage", """
                {"event_name": "api_call", "aggregation_type": "MEDIAN"}"""), 400);
        assertErrorShape(app.send("POST", "/v1/events", """
                {"event_name": "api_call", "external_customer_id": "acme"}""", (String) null), 401);
        assertErrorShape(app.send("POST", "/v1/events", """
                {"event_name": "api_call", "external_customer_id": "acme"}""", "sk_not_a_key"), 401);

        assertThat(acmeEventCount()).isEqualTo(before);
        assertThat(app.get("/v1/events/ok-1").status()).isEqualTo(404);
    }

    @Test
    void health_needs_no_api_key() {
        Response health = app.send("GET", "/health", null, (String) null);

        assertThat(health.status()).as(health.toString()).isEqualTo(200);
    }

    @Test
    void an_issued_api_key_works_until_it_is_deleted() {
        Response created = app.post("/v1/secrets/api/keys", "{\"name\": \"ci\", \"type\": \"private_key\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String key = created.body().get("api_key").asText();
        String id = created.body().at("/secret/id").asText();

        assertThat(app.send("GET", "/v1/customers/external/acme", null, key).status()).isEqualTo(200);
        assertThat(app.get("/v1/secrets/api/keys").body().get("items").toString()).doesNotContain(key);
        assertThat(app.delete("/v1/secrets/api/keys/" + id).status()).isEqualTo(204);
        assertThat(app.send("GET", "/v1/customers/external/acme", null, key).status()).isEqualTo(401);
    }

    @Test
    void a_tenant_wide_key_acts_in_the_environment_its_request_names() {
        Response created = app.post("/v1/secrets/api/keys", """
                {"name": "tenant-wide", "type": "private_key", "environment_scoped": false}""");
        String key = created.body().get("api_key").asText();
        String environment = app.get("/v1/customers/external/acme").body().get("environment_id").asText();

        assertErrorShape(app.send("GET", "/v1/customers/external/acme", null, key), 400);
        Response inEnvironment = app.send("GET", "/v1/customers/external/acme", null,
                Map.of("x-api-key", key, "X-Environment-ID", environment));
        assertThat(inEnvironment.status()).as(inEnvironment.toString()).isEqualTo(200);
        assertErrorShape(app.send("GET", "/v1/customers/external/acme", null,
                Map.of("x-api-key", key, "X-Environment-ID", "env_of_someone_else")), 403);
        // a key bound to an environment may not be pointed at another one
        assertErrorShape(app.send("GET", "/v1/customers/external/acme", null,
                Map.of("x-api-key", RunningApplication.DEV_KEY, "X-Environment-ID", "env_of_someone_else")), 403);
    }

    private long acmeEventCount() {
        return app.get("/v1/events?external_customer_id=acme&page_size=1").body().get("total_count").asLong();
    }

    private void meter(String name, String type, String field, String multiplier, String filters) {
        String aggregation = "{\"type\": \"" + type + "\""
                + (field == null ? "" : ", \"field\": \"" + field + "\"")
                + (multiplier == null ? "" : ", \"multiplier\": \"" + multiplier + "\"") + "}";
        JsonNode feature = assertCreated(app.post("/v1/features", """
                {"name": "%s", "type": "metered", "lookup_key": "%s",
                 "meter": {"event_name": "api_call", "aggregation": %s, "filters": %s, "reset_usage": "BILLING_PERIOD"}}"""
                .formatted(name, name, aggregation, filters == null ? "[]" : filters)));
        assertThat(feature.get("id").asText()).startsWith("feat_");
        meterIds.put(name, feature.get("meter_id").asText());
    }

    private static JsonNode assertCreated(Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.body();
    }

    private static void assertErrorShape(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().get("success").asBoolean(true)).as(response.toString()).isFalse();
        assertThat(response.body().at("/error/message").asText()).as(response.toString()).isNotBlank();
    }

    private static List<Map.Entry<String, String>> windows(Response usage) {
        List<Map.Entry<String, String>> windows = new ArrayList<>();
        usage.body().get("results").forEach(r -> windows.add(
                Map.entry(r.get("window_size").asText(), r.get("value").decimalValue().stripTrailingZeros().toPlainString())));
        return windows;
    }

    private static String bulkOf(int n) {
        return IntStream.range(0, n).mapToObj(i -> """
                {"event_name": "api_call", "external_customer_id": "acme"}""")
                .collect(Collectors.joining(",", "{\"events\": [", "]}"));
    }
}
