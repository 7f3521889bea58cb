package io.flexprice.adapters.http.feature;

import static io.flexprice.adapters.http.support.TestApi.authorized;
import static io.flexprice.adapters.http.support.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.flexprice.adapters.http.support.FakeFeatures;
import io.flexprice.adapters.http.support.TestApi;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.metering.ResetUsage;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.ports.in.feature.MeterSpec;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class FeaturesResourceTest {

    private static final FakeFeatures FEATURES = new FakeFeatures();

    static final ResourceExtension API = TestApi.extension(new FeaturesResource(FEATURES, FEATURES),
            new MetersResource(FEATURES));

    @BeforeEach
    void reset() {
        FEATURES.reset();
    }

    @Test
    void create_metered_feature_with_inline_meter_maps_every_field() {
        Response response = authorized(API, "/v1/features").post(Entity.json("""
                {"name": "API calls", "type": "metered", "lookup_key": "api_calls", "unit_singular": "call",
                 "unit_plural": "calls", "metadata": {"team": "core"},
                 "meter": {"name": "API calls meter", "event_name": "api_call",
                           "aggregation": {"type": "SUM_WITH_MULTIPLIER", "field": "tokens", "multiplier": "0.001"},
                           "filters": [{"key": "region", "values": ["eu", "us"]}],
                           "reset_usage": "NEVER"}}
                """));

        assertThat(response.getStatus()).isEqualTo(201);
        var command = FEATURES.lastCreate;
        assertThat(command.type()).isEqualTo(FeatureType.METERED);
        assertThat(command.lookupKey()).isEqualTo("api_calls");
        assertThat(command.meterId()).isNull();
        MeterSpec meter = command.meter();
        assertThat(meter.name()).isEqualTo("API calls meter");
        assertThat(meter.eventName()).isEqualTo("api_call");
        assertThat(meter.aggregation().type()).isEqualTo(AggregationType.SUM_WITH_MULTIPLIER);
        assertThat(meter.aggregation().field()).isEqualTo("tokens");
        assertThat(meter.aggregation().multiplier()).isEqualByComparingTo("0.001");
        assertThat(meter.filters()).containsExactly(new PropertyFilter("region", List.of("eu", "us")));
        assertThat(meter.resetUsage()).isEqualTo(ResetUsage.NEVER);
    }

    @Test
    void multiplier_may_be_a_json_number_and_bucket_size_a_window_name() {
        authorized(API, "/v1/features").post(Entity.json("""
                {"name": "Peak", "type": "metered",
                 "meter": {"event_name": "cpu", "aggregation": {"type": "max", "field": "load", "bucket_size": "HOUR"}}}
                """));
        assertThat(FEATURES.lastCreate.meter().aggregation())
                .isEqualTo(new Aggregation(AggregationType.MAX, "load", null, WindowSize.HOUR, null));

        authorized(API, "/v1/features").post(Entity.json("""
                {"name": "Tokens", "type": "metered",
                 "meter": {"event_name": "llm", "aggregation": {"type": "SUM_WITH_MULTIPLIER", "field": "t",
                           "multiplier": 2.5}}}
                """));
        assertThat(FEATURES.lastCreate.meter().aggregation().multiplier()).isEqualTo(new BigDecimal("2.5"));
    }

    @Test
    void create_with_meter_id_passes_it_through() {
        authorized(API, "/v1/features").post(Entity.json("{\"name\":\"x\",\"type\":\"metered\",\"meter_id\":\"meter_9\"}"));

        assertThat(FEATURES.lastCreate.meterId()).isEqualTo("meter_9");
        assertThat(FEATURES.lastCreate.meter()).isNull();
    }

    @Test
    void an_invalid_inline_meter_names_each_field_under_meter() {
        Response response = authorized(API, "/v1/features").post(Entity.json("""
                {"name": "x", "type": "metered",
                 "meter": {"event_name": "e", "aggregation": {"type": "SUM"},
                           "filters": [{"key": "region", "values": []}], "reset_usage": "WEEKLY"}}
                """));

        assertThat(response.getStatus()).isEqualTo(400);
        List<String> fields = json(response).at("/error/details").findValuesAsText("field");
        assertThat(fields).containsExactlyInAnyOrder("meter.aggregation.field", "meter.filters[0].values",
                "meter.reset_usage");
        assertThat(FEATURES.lastCreate).isNull();
    }

    @Test
    void an_unknown_aggregation_type_is_a_400_naming_it() {
        Response response = authorized(API, "/v1/features").post(Entity.json(
                "{\"name\":\"x\",\"type\":\"metered\",\"meter\":{\"event_name\":\"e\",\"aggregation\":{\"type\":\"MEDIAN\"}}}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/error/details/0/field").asText()).isEqualTo("meter.aggregation.type");
    }

    @Test
    void a_multiplier_that_is_not_a_number_is_a_400_naming_its_path() {
        Response response = authorized(API, "/v1/features").post(Entity.json(
                "{\"name\":\"x\",\"type\":\"metered\",\"meter\":{\"event_name\":\"e\",\"aggregation\":"
                        + "{\"type\":\"SUM_WITH_MULTIPLIER\",\"field\":\"f\",\"multiplier\":\"lots\"}}}"));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.at("/error/code").asText()).isEqualTo("request.malformed");
        assertThat(body.at("/error/details/0/field").asText()).isEqualTo("meter.aggregation.multiplier");
        assertThat(body.at("/error/details/0/message").asText()).isEqualTo("must be a number");
    }

    @Test
    void feature_response_nests_the_meter_in_flexprice_shape() {
        JsonNode body = json(authorized(API, "/v1/features/feat_1").get());

        assertThat(body.get("id").asText()).isEqualTo("feat_1");
        assertThat(body.get("type").asText()).isEqualTo("metered");
        assertThat(body.get("lookup_key").asText()).isEqualTo("api_calls");
        assertThat(body.get("meter_id").asText()).isEqualTo("meter_1");
        assertThat(body.get("unit_plural").asText()).isEqualTo("calls");
        assertThat(body.get("created_at").asText()).isEqualTo("2024-05-01T12:00:00Z");
        JsonNode meter = body.get("meter");
        assertThat(meter.get("event_name").asText()).isEqualTo("api_call");
        assertThat(meter.at("/aggregation/type").asText()).isEqualTo("SUM_WITH_MULTIPLIER");
        assertThat(meter.at("/aggregation/field").asText()).isEqualTo("tokens");
        assertThat(meter.at("/aggregation/multiplier").isTextual()).isTrue();
        assertThat(meter.at("/aggregation/multiplier").asText()).isEqualTo("0.001");
        assertThat(meter.at("/filters/0/key").asText()).isEqualTo("region");
        assertThat(meter.at("/filters/0/values/1").asText()).isEqualTo("us");
        assertThat(meter.get("reset_usage").asText()).isEqualTo("BILLING_PERIOD");
        assertThat(meter.get("status").asText()).isEqualTo("published");
    }

    @Test
    void update_maps_fields_and_replaces_filters() {
        Response response = authorized(API, "/v1/features/feat_2").put(Entity.json(
                "{\"name\":\"Renamed\",\"filters\":[{\"key\":\"plan\",\"values\":[\"pro\"]}]}"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(FEATURES.lastUpdate.name()).isEqualTo("Renamed");
        assertThat(FEATURES.lastUpdate.description()).isNull();
        assertThat(FEATURES.lastUpdate.filters()).containsExactly(new PropertyFilter("plan", List.of("pro")));

        authorized(API, "/v1/features/feat_2").put(Entity.json("{\"name\":\"Renamed\"}"));
        assertThat(FEATURES.lastUpdate.filters()).as("absent filters are kept").isNull();
    }

    @Test
    void a_null_filter_value_is_a_400_not_a_500() {
        Response response = authorized(API, "/v1/features/feat_2")
                .put(Entity.json("{\"filters\":[{\"key\":\"plan\",\"values\":[null]}]}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/error/details/0/field").asText()).isEqualTo("filters[0].values");
        assertThat(FEATURES.lastUpdate).isNull();
    }

    @Test
    void delete_answers_200_with_a_success_message() {
        Response response = authorized(API, "/v1/features/feat_3").delete();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(json(response).get("message").asText()).isEqualTo("feature deleted successfully");
        assertThat(FEATURES.lastDeleted).isEqualTo(FeatureId.of("feat_3"));
    }

    @Test
    void list_and_search_map_the_feature_filter() {
        Response listed = authorized(API.target("/v1/features").queryParam("feature_ids", "feat_1,feat_2")
                .queryParam("lookup_key", "api_calls").queryParam("meter_ids", "meter_1")
                .queryParam("name_contains", "API").queryParam("status", "published").queryParam("limit", "10")
                .queryParam("offset", "10").queryParam("order", "desc")).get();

        assertThat(listed.getStatus()).isEqualTo(200);
        assertThat(FEATURES.lastFilter.featureIds()).containsExactly("feat_1", "feat_2");
        assertThat(FEATURES.lastFilter.lookupKeys()).containsExactly("api_calls");
        assertThat(FEATURES.lastFilter.meterIds()).containsExactly("meter_1");
        assertThat(FEATURES.lastFilter.nameContains()).isEqualTo("API");
        assertThat(FEATURES.lastFilter.status()).isEqualTo(Status.PUBLISHED);
        assertThat(FEATURES.lastPage).isEqualTo(new PageRequest(10, 10, PageRequest.SortOrder.DESC));
        JsonNode body = json(listed);
        assertThat(body.at("/items/0/meter/id").asText()).isEqualTo("meter_1");
        assertThat(body.at("/pagination/total").asLong()).isEqualTo(1);

        authorized(API, "/v1/features/search").post(Entity.json("{\"lookup_keys\":[\"a\",\"b\"],\"limit\":3}"));
        assertThat(FEATURES.lastFilter.lookupKeys()).containsExactly("a", "b");
        assertThat(FEATURES.lastPage.limit()).isEqualTo(3);
    }

    @Test
    void meters_are_listed_and_read() {
        JsonNode list = json(authorized(API.target("/v1/meters").queryParam("limit", "2")).get());
        assertThat(list.at("/items/0/event_name").asText()).isEqualTo("api_call");
        assertThat(list.at("/pagination/limit").asInt()).isEqualTo(2);

        JsonNode meter = json(authorized(API, "/v1/meters/meter_5").get());
        assertThat(meter.get("id").asText()).isEqualTo("meter_5");
        assertThat(meter.get("tenant_id").asText()).isEqualTo("tenant_test");
    }
}
