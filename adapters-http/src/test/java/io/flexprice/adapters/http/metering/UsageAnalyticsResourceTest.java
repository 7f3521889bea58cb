package io.flexprice.adapters.http.metering;

import static io.flexprice.adapters.http.support.TestApi.authorized;
import static io.flexprice.adapters.http.support.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.flexprice.adapters.http.support.Fixtures;
import io.flexprice.adapters.http.support.TestApi;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.domain.money.Money;
import io.flexprice.ports.in.metering.UsageAnalytics;
import io.flexprice.ports.in.metering.UsageAnalyticsRequest;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class UsageAnalyticsResourceTest {

    private static final Instant DAY_1 = Instant.parse("2024-05-01T00:00:00Z");
    private static final Instant DAY_2 = Instant.parse("2024-05-02T00:00:00Z");
    private static UsageAnalyticsRequest lastRequest;

    static final ResourceExtension API = TestApi.extension(new UsageAnalyticsResource((caller, request) -> {
        lastRequest = request;
        Money charge = Money.parse("4.50", "eur");
        return new UsageAnalytics(DAY_1, DAY_2, Currency.getInstance("EUR"), List.of(new UsageAnalytics.Item(
                Fixtures.aMeter("meter_1"), Fixtures.aMeteredFeature("feat_1", "meter_1"), new BigDecimal("450"),
                charge, List.of(new UsageAnalytics.Point(DAY_1, new BigDecimal("450"), charge)))), charge);
    }));

    @Test
    void analyticsAreFlexpricesItemsPerFeatureWithTheirPoints() {
        Response response = authorized(API, "/v1/events/analytics").post(Entity.json("""
                {"external_customer_id": "acme", "start_time": "2024-05-01T00:00:00Z",
                 "end_time": "2024-05-02T00:00:00Z", "feature_ids": ["feat_1"], "group_by": ["feature_id"],
                 "window_size": "DAY", "timezone": "Europe/Berlin", "expand": ["price"]}"""));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(lastRequest).isEqualTo(new UsageAnalyticsRequest("acme", DAY_1, DAY_2, List.of("feat_1"),
                WindowSize.DAY, ZoneId.of("Europe/Berlin")));
        JsonNode body = json(response);
        assertThat(body.get("currency").asText()).isEqualTo("eur");
        assertThat(body.get("total_cost").asText()).isEqualTo("4.5");
        JsonNode item = body.at("/items/0");
        assertThat(item.get("feature_id").asText()).isEqualTo("feat_1");
        assertThat(item.get("meter_id").asText()).isEqualTo("meter_1");
        assertThat(item.get("total_usage").asText()).isEqualTo("450");
        assertThat(item.get("total_cost").asText()).isEqualTo("4.5");
        assertThat(item.get("window_size").asText()).isEqualTo("DAY");
        assertThat(item.at("/points/0/timestamp").asText()).isEqualTo("2024-05-01T00:00:00Z");
        assertThat(item.at("/points/0/usage").asText()).isEqualTo("450");
        assertThat(item.at("/points/0/cost").asText()).isEqualTo("4.5");
    }

    @Test
    void unsupportedGroupingsSourcesAndPropertyFiltersAreRefusedWithTheirFields() {
        Response response = authorized(API, "/v1/events/analytics").post(Entity.json("""
                {"external_customer_id": "acme", "group_by": ["feature_id", "source"], "sources": ["api"],
                 "property_filters": {"model": ["gpt"]}}"""));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/error/message").asText())
                .contains("group_by[1]").contains("sources").contains("property_filters");
    }

    @Test
    void aCustomerIsRequired() {
        Response response = authorized(API, "/v1/events/analytics").post(Entity.json("{}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(json(response).at("/error/message").asText()).contains("external_customer_id");
    }
}
