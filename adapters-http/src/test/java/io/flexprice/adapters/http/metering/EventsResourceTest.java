package io.flexprice.adapters.http.metering;

import static io.flexprice.adapters.http.support.TestApi.authorized;
import static io.flexprice.adapters.http.support.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.flexprice.adapters.http.support.FakeEvents;
import io.flexprice.adapters.http.support.Fixtures;
import io.flexprice.adapters.http.support.TestApi;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.ports.in.metering.EventInput;
import io.flexprice.ports.in.metering.UsageWindow;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class EventsResourceTest {

    private static final FakeEvents EVENTS = new FakeEvents();

    static final ResourceExtension API = TestApi.extension(new EventsResource(EVENTS, EVENTS, EVENTS));

    @BeforeEach
    void reset() {
        EVENTS.reset();
    }

    @Test
    void single_event_is_accepted_with_202_and_its_id() {
        Response response = authorized(API, "/v1/events").post(Entity.json("""
                {"event_id": "evt_1", "event_name": "api_call", "external_customer_id": "ext_1",
                 "customer_id": "cust_1", "source": "sdk", "timestamp": "2024-05-01T14:00:00.5+02:00",
                 "properties": {"tokens": 5, "price": 1.50, "big": 12345678901234567890123, "model": "gpt",
                                "cached": true, "none": null, "nested": {"n": 2, "list": [1, "a", {"x": 0.1}]}}}
                """));

        assertThat(response.getStatus()).isEqualTo(202);
        JsonNode body = json(response);
        assertThat(body.get("message").asText()).isEqualTo("Event accepted for processing");
        assertThat(body.get("event_id").asText()).isEqualTo("evt_1");

        EventInput input = EVENTS.lastIngested.get(0);
        assertThat(input.eventName()).isEqualTo("api_call");
        assertThat(input.externalCustomerId()).isEqualTo("ext_1");
        assertThat(input.customerId()).isEqualTo("cust_1");
        assertThat(input.source()).isEqualTo("sdk");
        assertThat(input.timestamp()).isEqualTo(Instant.parse("2024-05-01T12:00:00.5Z"));
        Map<String, Object> properties = input.properties();
        assertThat(properties.get("tokens")).isEqualTo(new BigDecimal("5"));
        assertThat(properties.get("price")).isEqualTo(new BigDecimal("1.50"));
        assertThat(properties.get("big")).isEqualTo(new BigDecimal("12345678901234567890123"));
        assertThat(properties.get("model")).isEqualTo("gpt");
        assertThat(properties.get("cached")).isEqualTo(Boolean.TRUE);
        assertThat(properties).containsEntry("none", null);
        assertThat(properties.get("nested")).isEqualTo(Map.of("n", new BigDecimal("2"),
                "list", List.of(new BigDecimal("1"), "a", Map.of("x", new BigDecimal("0.1")))));
    }

    @Test
    void an_event_without_timestamp_or_id_leaves_them_to_the_use_case() {
        Response response = authorized(API, "/v1/events")
                .post(Entity.json("{\"event_name\":\"api_call\",\"external_customer_id\":\"ext_1\"}"));

        assertThat(response.getStatus()).isEqualTo(202);
        assertThat(EVENTS.lastIngested.get(0).timestamp()).isNull();
        assertThat(EVENTS.lastIngested.get(0).eventId()).isNull();
        assertThat(json(response).get("event_id").asText()).isEqualTo("event_0");
    }

    @Test
    void a_timestamp_that_is_not_rfc3339_is_a_400_naming_it() {
        Response response = authorized(API, "/v1/events").post(Entity.json(
                "{\"event_name\":\"api_call\",\"external_customer_id\":\"ext_1\",\"timestamp\":\"yesterday\"}"));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.at("/error/code").asText()).isEqualTo("request.invalid");
        assertThat(body.at("/error/details/0/field").asText()).isEqualTo("timestamp");
        assertThat(body.at("/error/details/0/message").asText()).contains("RFC 3339");
        assertThat(EVENTS.lastIngested).isNull();
    }

    @Test
    void bulk_maps_every_event_in_order_and_answers_with_a_message_only() {
        Response response = authorized(API, "/v1/events/bulk").post(Entity.json("""
                {"events": [
                  {"event_id": "a", "event_name": "api_call", "external_customer_id": "ext_1",
                   "timestamp": "2024-05-01T00:00:00Z", "properties": {"n": 1}},
                  {"event_name": "storage", "external_customer_id": "ext_2", "properties": {"gb": "2.5"}}
                ]}
                """));

        assertThat(response.getStatus()).isEqualTo(202);
        JsonNode body = json(response);
        assertThat(body.get("message").asText()).isEqualTo("Events accepted for processing");
        // FlexPrice's answer, a map of strings for its client: no ids echoed
        assertThat(body.size()).isEqualTo(1);

        assertThat(EVENTS.lastIngested).extracting(EventInput::eventName).containsExactly("api_call", "storage");
        assertThat(EVENTS.lastIngested.get(0).timestamp()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(EVENTS.lastIngested.get(0).properties()).isEqualTo(Map.of("n", BigDecimal.ONE));
        assertThat(EVENTS.lastIngested.get(1).properties()).isEqualTo(Map.of("gb", "2.5"));
    }

    @Test
    void bulk_names_each_invalid_timestamp_by_its_index() {
        Response response = authorized(API, "/v1/events/bulk").post(Entity.json("""
                {"events": [
                  {"event_name": "a", "external_customer_id": "c", "timestamp": "2024-05-01T00:00:00Z"},
                  {"event_name": "a", "external_customer_id": "c", "timestamp": "2024-05-01"},
                  null
                ]}
                """));

        assertThat(response.getStatus()).isEqualTo(400);
        List<String> fields = json(response).at("/error/details").findValuesAsText("field");
        assertThat(fields).containsExactly("events[1].timestamp", "events[2]");
        assertThat(EVENTS.lastIngested).isNull();
    }

    @Test
    void list_takes_query_parameters_and_answers_flexprice_events_response() {
        EVENTS.stored.add(Fixtures.anEvent("evt_1", Map.of("tokens", new BigDecimal("1E+2"), "price", new BigDecimal("0.10"))));
        EVENTS.storedTotal = 3;

        Response response = authorized(API.target("/v1/events").queryParam("external_customer_id", "ext_1")
                .queryParam("event_name", "api_call").queryParam("start_time", "2024-05-01T00:00:00Z")
                .queryParam("end_time", "2024-06-01T00:00:00Z").queryParam("page_size", "1")
                .queryParam("offset", "1")).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(EVENTS.lastFilter.externalCustomerId()).isEqualTo("ext_1");
        assertThat(EVENTS.lastFilter.eventName()).isEqualTo("api_call");
        assertThat(EVENTS.lastFilter.startTime()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(EVENTS.lastFilter.endTime()).isEqualTo(Instant.parse("2024-06-01T00:00:00Z"));
        assertThat(EVENTS.lastPage).isEqualTo(new PageRequest(1, 1, PageRequest.SortOrder.DESC));
        String raw = response.readEntity(String.class);
        assertThat(raw).contains("\"tokens\":100").contains("\"price\":0.10");
        JsonNode body = json(authorized(API.target("/v1/events").queryParam("page_size", "1")
                .queryParam("offset", "1")).get());
        assertThat(body.at("/events/0/id").asText()).isEqualTo("evt_1");
        assertThat(body.at("/events/0/external_customer_id").asText()).isEqualTo("ext_1");
        assertThat(body.at("/events/0/timestamp").asText()).isEqualTo("2024-05-01T12:00:00Z");
        assertThat(body.get("has_more").asBoolean()).isTrue();
        assertThat(body.get("total_count").asLong()).isEqualTo(3);
        assertThat(body.get("offset").asInt()).isEqualTo(1);
    }

    @Test
    void list_defaults_to_50_per_page_and_caps_page_size_at_1000() {
        authorized(API, "/v1/events").get();
        assertThat(EVENTS.lastPage.limit()).isEqualTo(50);

        Response tooMany = authorized(API.target("/v1/events").queryParam("page_size", "1001")).get();
        assertThat(tooMany.getStatus()).isEqualTo(400);
        assertThat(json(tooMany).at("/error/details/0/field").asText()).isEqualTo("page_size");
    }

    @Test
    void query_takes_the_request_body_with_property_filters() {
        Response response = authorized(API, "/v1/events/query").post(Entity.json("""
                {"event_name": "api_call", "page_size": 20, "offset": 40, "order": "asc",
                 "property_filters": {"region": ["eu", "us"]}, "iter_first_key": "ignored"}
                """));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(EVENTS.lastFilter.propertyFilters()).containsExactly(new PropertyFilter("region", List.of("eu", "us")));
        assertThat(EVENTS.lastPage).isEqualTo(new PageRequest(20, 40, PageRequest.SortOrder.ASC));
        JsonNode body = json(response);
        assertThat(body.get("events").isArray()).isTrue();
        assertThat(body.get("has_more").asBoolean()).isFalse();
    }

    @Test
    void query_with_an_empty_value_list_names_the_filter() {
        Response response = authorized(API, "/v1/events/query")
                .post(Entity.json("{\"property_filters\":{\"region\":[]}}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/error/details/0/field").asText()).isEqualTo("property_filters.region");
    }

    @Test
    void get_by_id_answers_the_event_and_processed_status() {
        JsonNode body = json(authorized(API, "/v1/events/evt_9").get());

        assertThat(body.get("status").asText()).isEqualTo("processed");
        assertThat(body.at("/event/id").asText()).isEqualTo("evt_9");
        assertThat(body.at("/event/event_name").asText()).isEqualTo("api_call");
        assertThat(body.at("/event/source").asText()).isEqualTo("sdk");
        assertThat(body.at("/event/environment_id").asText()).isEqualTo("env_test");
        assertThat(body.at("/event/properties/tokens").decimalValue()).isEqualByComparingTo("12.50");
    }

    @Test
    void usage_maps_the_request_and_answers_the_flexprice_usage_shape() {
        Response response = authorized(API, "/v1/events/usage").post(Entity.json("""
                {"event_name": "api_call", "aggregation_type": "SUM_WITH_MULTIPLIER", "property_name": "tokens",
                 "multiplier": "0.5", "external_customer_id": "ext_1", "start_time": "2024-05-01T00:00:00Z",
                 "end_time": "2024-06-01T00:00:00Z", "window_size": "15MIN", "billing_anchor": "2024-04-15T00:00:00Z",
                 "filters": {"region": ["eu"]}, "timezone": "Europe/Berlin"}
                """));

        assertThat(response.getStatus()).isEqualTo(200);
        var request = EVENTS.lastUsage;
        assertThat(request.eventName()).isEqualTo("api_call");
        assertThat(request.aggregation().type()).isEqualTo(AggregationType.SUM_WITH_MULTIPLIER);
        assertThat(request.aggregation().field()).isEqualTo("tokens");
        assertThat(request.aggregation().multiplier()).isEqualByComparingTo("0.5");
        assertThat(request.window()).isEqualTo(new UsageWindow(null, "ext_1", Instant.parse("2024-05-01T00:00:00Z"),
                Instant.parse("2024-06-01T00:00:00Z"), WindowSize.FIFTEEN_MINUTES, "Europe/Berlin",
                Instant.parse("2024-04-15T00:00:00Z"), Map.of("region", List.of("eu"))));

        String raw = response.readEntity(String.class);
        assertThat(raw).isEqualTo("{\"event_name\":\"api_call\",\"type\":\"SUM_WITH_MULTIPLIER\",\"value\":1000,"
                + "\"results\":[{\"window_size\":\"2024-05-01T00:00:00Z\",\"value\":400},"
                + "{\"window_size\":\"2024-05-02T00:00:00Z\",\"value\":600.50}]}");
    }

    @Test
    void usage_names_invalid_fields_as_the_request_does() {
        Response response = authorized(API, "/v1/events/usage").post(Entity.json("""
                {"event_name": "api_call", "aggregation_type": "SUM", "group_by_property": "x",
                 "window_size": "FORTNIGHT", "start_time": "soon"}
                """));

        assertThat(response.getStatus()).isEqualTo(400);
        List<String> fields = json(response).at("/error/details").findValuesAsText("field");
        assertThat(fields).containsExactlyInAnyOrder("property_name", "group_by_property", "window_size", "start_time");
        assertThat(EVENTS.lastUsage).isNull();
    }

    @Test
    void usage_without_aggregation_type_is_a_400() {
        Response response = authorized(API, "/v1/events/usage").post(Entity.json("{\"event_name\":\"api_call\"}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/error/details/0/field").asText()).isEqualTo("aggregation_type");
    }

    @Test
    void usage_by_meter_maps_the_meter_and_window() {
        Response response = authorized(API, "/v1/events/usage/meter").post(Entity.json("""
                {"meter_id": "meter_1", "customer_id": "cust_1", "window_size": "DAY", "bucket_size": "HOUR",
                 "end_time": "2024-06-01T00:00:00Z", "timezone": "Asia/Kolkata"}
                """));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(EVENTS.lastMeterUsage.meterId()).isEqualTo("meter_1");
        assertThat(EVENTS.lastMeterUsage.window().customerId()).isEqualTo("cust_1");
        assertThat(EVENTS.lastMeterUsage.window().windowSize()).isEqualTo(WindowSize.DAY);
        assertThat(EVENTS.lastMeterUsage.window().timezone()).isEqualTo("Asia/Kolkata");
        JsonNode body = json(response);
        assertThat(body.get("type").asText()).isEqualTo("SUM");
        assertThat(body.at("/results/1/window_size").asText()).isEqualTo("2024-05-02T00:00:00Z");
    }

    @Test
    void usage_by_meter_requires_the_meter_id() {
        Response response = authorized(API, "/v1/events/usage/meter").post(Entity.json("{}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/error/details/0/field").asText()).isEqualTo("meter_id");
    }
}
