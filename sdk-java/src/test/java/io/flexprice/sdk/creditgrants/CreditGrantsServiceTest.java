package io.flexprice.sdk.creditgrants;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.support.TestClients;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Credit grants on the wire: credits and rates decimal strings, an application's credits a JSON number. */
class CreditGrantsServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String GRANT = """
            {"id": "cg_1", "name": "Monthly credits", "scope": "PLAN", "plan_id": "plan_1", "credits": "100.5",
             "cadence": "RECURRING", "period": "MONTHLY", "period_count": 1, "expiration_type": "BILLING_CYCLE",
             "priority": 1, "conversion_rate": "1", "metadata": {"tier": "pro"}, "status": "published",
             "created_at": "2026-03-01T00:00:00Z"}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void aGrantIsCreatedWithItsCreditsAndRatesAsDecimalStrings() {
        server.stubFor(post("/v1/creditgrants").willReturn(json(201, GRANT)));

        CreditGrant grant = client().creditGrants().create(CreateCreditGrantParams.builder().name("Monthly credits")
                .scope("PLAN").planId("plan_1").credits("100.50").cadence("RECURRING").period("MONTHLY")
                .periodCount(1).expirationType("BILLING_CYCLE").priority(1).conversionRate("1")
                .startDate(Instant.parse("2026-03-01T00:00:00Z")).putMetadata("tier", "pro").build());

        server.verify(postRequestedFor(urlEqualTo("/v1/creditgrants")).withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("""
                        {"name": "Monthly credits", "scope": "PLAN", "plan_id": "plan_1", "credits": "100.50",
                         "cadence": "RECURRING", "period": "MONTHLY", "period_count": 1,
                         "expiration_type": "BILLING_CYCLE", "priority": 1, "conversion_rate": "1",
                         "start_date": "2026-03-01T00:00:00Z", "metadata": {"tier": "pro"}}""")));
        assertThat(grant.id()).isEqualTo("cg_1");
        assertThat(grant.credits()).isEqualByComparingTo("100.5");
        assertThat(grant.conversionRate()).isEqualByComparingTo("1");
        assertThat(grant.expirationType()).isEqualTo("BILLING_CYCLE");
        assertThat(grant.metadata()).containsEntry("tier", "pro");
        assertThat(grant.createdAt()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
    }

    @Test
    void getUpdateAndDeleteUseTheGrantsPath() {
        server.stubFor(get("/v1/creditgrants/cg_1").willReturn(json(200, GRANT)));
        server.stubFor(put("/v1/creditgrants/cg_1").willReturn(json(200, GRANT.replace("Monthly credits", "Renamed"))));
        server.stubFor(delete("/v1/creditgrants/cg_1").willReturn(json(200,
                "{\"message\": \"credit grant deleted successfully\"}")));

        assertThat(client().creditGrants().get("cg_1").planId()).isEqualTo("plan_1");
        CreditGrant renamed = client().creditGrants().update("cg_1", UpdateCreditGrantParams.builder()
                .name("Renamed").metadata(Map.of("a", "b")).build());
        client().creditGrants().delete("cg_1");

        assertThat(renamed.name()).isEqualTo("Renamed");
        server.verify(putRequestedFor(urlEqualTo("/v1/creditgrants/cg_1")).withHeader("Idempotency-Key",
                matching(".+")).withRequestBody(equalToJson("{\"name\": \"Renamed\", \"metadata\": {\"a\": \"b\"}}")));
        server.verify(deleteRequestedFor(urlEqualTo("/v1/creditgrants/cg_1")).withHeader("Idempotency-Key",
                matching(".+")));
    }

    @Test
    void aPlansGrantsAndASubscriptionsUpcomingApplicationsAreReadAsLists() {
        server.stubFor(get("/v1/plans/plan_1/creditgrants").willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 1, "offset": 0, "total": 1}}""".formatted(GRANT))));
        server.stubFor(get("/v1/subscriptions/sub_1/grants/upcoming").willReturn(json(200, """
                {"items": [{"id": "cga_1", "credit_grant_id": "cg_1", "subscription_id": "sub_1",
                  "scheduled_for": "2026-04-01T00:00:00Z", "period_start": "2026-04-01T00:00:00Z",
                  "period_end": "2026-05-01T00:00:00Z", "application_status": "pending",
                  "application_reason": "recurring_credit_grant", "credits": 100.5, "retry_count": 0,
                  "period_index": 1, "status": "published"}],
                 "pagination": {"limit": 1, "offset": 0, "total": 1}}""")));

        List<CreditGrant> grants = client().creditGrants().planCreditGrants("plan_1");
        List<CreditGrantApplication> upcoming = client().creditGrants().upcomingGrants("sub_1");

        server.verify(getRequestedFor(urlEqualTo("/v1/plans/plan_1/creditgrants")).withoutHeader("Idempotency-Key"));
        assertThat(grants).extracting(CreditGrant::id).containsExactly("cg_1");
        assertThat(upcoming).singleElement().satisfies(a -> {
            assertThat(a.creditGrantId()).isEqualTo("cg_1");
            assertThat(a.credits()).isEqualByComparingTo("100.5");
            assertThat(a.periodStart()).isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
            assertThat(a.applicationStatus()).isEqualTo("pending");
            assertThat(a.periodIndex()).isEqualTo(1);
        });
    }

    @Test
    void aCustomersUpcomingApplicationsAreReadFromItsOwnPath() {
        server.stubFor(get("/v1/customers/cust_1/grants/upcoming").willReturn(json(200, """
                {"items": [{"id": "cga_2", "credit_grant_id": "cg_2", "subscription_id": "sub_2",
                  "scheduled_for": "2026-05-01T00:00:00Z", "credits": 25, "application_status": "pending"}],
                 "pagination": {"limit": 1, "offset": 0, "total": 1}}""")));

        List<CreditGrantApplication> upcoming = client().creditGrants().customerUpcomingGrants("cust_1");

        server.verify(getRequestedFor(urlEqualTo("/v1/customers/cust_1/grants/upcoming")));
        assertThat(upcoming).singleElement().satisfies(a -> {
            assertThat(a.subscriptionId()).isEqualTo("sub_2");
            assertThat(a.credits()).isEqualByComparingTo("25");
            assertThat(a.scheduledFor()).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
        });
    }
}
