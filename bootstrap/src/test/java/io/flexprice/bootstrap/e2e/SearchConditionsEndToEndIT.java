package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.bootstrap.e2e.RunningApplication.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * FlexPrice's generic {@code filters} and {@code sort} on every search endpoint, over HTTP, on Postgres: each
 * endpoint narrows by a condition on one of its fields and counts only the matches in {@code pagination.total};
 * invalid conditions are a 400 naming the condition's position, never a 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchConditionsEndToEndIT {

    private static final Instant NOW = Instant.parse("2026-04-11T00:00:00Z");

    private RunningApplication app;
    private String acmeId;
    private String basicPlanId;
    private String proPlanId;
    private String ssoFeatureId;
    private String walletId;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of(), Clock.fixed(NOW, ZoneOffset.UTC));
        acmeId = created(app.post("/v1/customers", """
                {"external_id": "filt-1", "name": "Acme GmbH", "email": "billing@acme.example"}""")).get("id")
                .asText();
        created(app.post("/v1/customers", """
                {"external_id": "filt-2", "name": "acme labs"}"""));
        created(app.post("/v1/customers", """
                {"external_id": "filt-3", "name": "Globex", "email": "ap@globex.example"}"""));
        ssoFeatureId = created(app.post("/v1/features", """
                {"name": "Filter SSO", "type": "boolean", "lookup_key": "filt_sso"}""")).get("id").asText();
        created(app.post("/v1/features", """
                {"name": "Filter audit log", "type": "boolean", "lookup_key": "filt_audit"}"""));
        basicPlanId = created(app.post("/v1/plans", plan("Filter Basic", "filt_basic", "10.00"))).get("id").asText();
        proPlanId = created(app.post("/v1/plans", plan("Filter Pro", "filt_pro", "30.00"))).get("id").asText();
        created(app.post("/v1/addons", """
                {"name": "Filter extra seats", "lookup_key": "filt_extra", "type": "onetime"}"""));
        created(app.post("/v1/addons", """
                {"name": "Filter support", "lookup_key": "filt_support", "type": "multiple_instance"}"""));
        created(app.post("/v1/coupons", """
                {"name": "Filter ten", "type": "fixed", "amount_off": "10.00", "currency": "usd",
                 "cadence": "once"}"""));
        created(app.post("/v1/coupons", """
                {"name": "Filter five", "type": "fixed", "amount_off": "5.00", "currency": "usd",
                 "cadence": "once"}"""));
        created(app.post("/v1/entitlements", """
                {"plan_id": "%s", "feature_id": "%s", "feature_type": "boolean"}""".formatted(proPlanId,
                ssoFeatureId)));
        created(app.post("/v1/entitlements", """
                {"plan_id": "%s", "feature_id": "%s", "feature_type": "boolean"}""".formatted(basicPlanId,
                ssoFeatureId)));
        created(app.post("/v1/subscriptions", """
                {"customer_id": "%s", "plan_id": "%s", "currency": "usd", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY", "start_date": "2026-04-01T00:00:00Z"}""".formatted(acmeId,
                basicPlanId)));
        Response wallet = app.post("/v1/wallets", """
                {"customer_id": "%s", "currency": "usd", "initial_credits_to_load": "50"}""".formatted(acmeId));
        assertThat(wallet.status()).as(wallet.toString()).isEqualTo(200);
        walletId = wallet.body().get("id").asText();
        Response topUp = app.post("/v1/wallets/" + walletId + "/top-up", """
                {"credits_to_add": "25", "transaction_reason": "FREE_CREDIT_GRANT", "idempotency_key": "filt-1"}""");
        assertThat(topUp.status()).as(topUp.toString()).isEqualTo(200);
        created(app.post("/v1/costs", """
                {"name": "Filter infra A"}"""));
        created(app.post("/v1/costs", """
                {"name": "Filter infra B"}"""));
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    private static String plan(String name, String lookupKey, String amount) {
        return """
                {"name": "%s", "lookup_key": "%s", "prices": [
                   {"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "%s", "currency": "usd",
                    "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "invoice_cadence": "ADVANCE"}]}"""
                .formatted(name, lookupKey, amount);
    }

    @Test
    void customersContainAndSortWithTheTotalOfTheMatches() {
        JsonNode found = search("/v1/customers/search", """
                {"filters": [{"field": "name", "operator": "contains", "data_type": "string",
                              "value": {"string": "ACME"}}],
                 "sort": [{"field": "name", "direction": "asc"}], "limit": 1}""");
        // "Acme GmbH" sorts before "acme labs" (upper case first); two match, the page holds one
        assertThat(values(found, "external_id")).containsExactly("filt-1");
        assertThat(found.at("/pagination/total").asLong()).isEqualTo(2);

        JsonNode withEmail = search("/v1/customers/search", """
                {"filters": [{"field": "email", "operator": "not_contains", "data_type": "string",
                              "value": {"string": "acme"}},
                             {"field": "external_id", "operator": "in", "data_type": "array",
                              "value": {"array": ["filt-1", "filt-2", "filt-3"]}}]}""");
        assertThat(values(withEmail, "external_id")).containsExactly("filt-3");
    }

    @Test
    void everyCatalogSearchTakesConditions() {
        JsonNode features = search("/v1/features/search", """
                {"filters": [{"field": "lookup_key", "operator": "eq", "data_type": "string",
                              "value": {"string": "filt_sso"}}]}""");
        assertThat(values(features, "id")).containsExactly(ssoFeatureId);

        JsonNode plans = search("/v1/plans/search", """
                {"filters": [{"field": "name", "operator": "contains", "data_type": "string",
                              "value": {"string": "filter"}}],
                 "sort": [{"field": "lookup_key", "direction": "desc"}]}""");
        assertThat(values(plans, "id")).containsExactly(proPlanId, basicPlanId);
        assertThat(plans.at("/pagination/total").asLong()).isEqualTo(2);

        JsonNode prices = search("/v1/prices/search", """
                {"filters": [{"field": "amount", "operator": "gt", "data_type": "number", "value": {"number": 20}},
                             {"field": "currency", "operator": "eq", "data_type": "string",
                              "value": {"string": "usd"}}]}""");
        assertThat(values(prices, "entity_id")).containsExactly(proPlanId);
        assertThat(prices.at("/pagination/total").asLong()).isEqualTo(1);

        JsonNode addons = search("/v1/addons/search", """
                {"filters": [{"field": "type", "operator": "eq", "data_type": "string",
                              "value": {"string": "multiple_instance"}}]}""");
        assertThat(values(addons, "lookup_key")).containsExactly("filt_support");

        JsonNode coupons = search("/v1/coupons/search", """
                {"filters": [{"field": "amount_off", "operator": "gt", "data_type": "number",
                              "value": {"number": 6}}]}""");
        assertThat(values(coupons, "name")).containsExactly("Filter ten");

        JsonNode entitlements = search("/v1/entitlements/search", """
                {"filters": [{"field": "entity_id", "operator": "eq", "data_type": "string",
                              "value": {"string": "%s"}},
                             {"field": "feature_type", "operator": "eq", "data_type": "string",
                              "value": {"string": "boolean"}}]}""".formatted(proPlanId));
        assertThat(values(entitlements, "feature_id")).containsExactly(ssoFeatureId);
        assertThat(entitlements.at("/pagination/total").asLong()).isEqualTo(1);

        JsonNode costs = search("/v1/costs/search", """
                {"filters": [{"field": "name", "operator": "eq", "data_type": "string",
                              "value": {"string": "Filter infra B"}}]}""");
        assertThat(values(costs, "name")).containsExactly("Filter infra B");
    }

    @Test
    void subscriptionsInvoicesAndWalletTransactionsTakeConditions() {
        JsonNode subscriptions = search("/v1/subscriptions/search", """
                {"filters": [{"field": "plan_id", "operator": "eq", "data_type": "string",
                              "value": {"string": "%s"}},
                             {"field": "start_date", "operator": "before", "data_type": "date",
                              "value": {"date": "2026-04-02T00:00:00Z"}}]}""".formatted(basicPlanId));
        assertThat(values(subscriptions, "customer_id")).containsExactly(acmeId);
        assertThat(search("/v1/subscriptions/search", """
                {"filters": [{"field": "plan_id", "operator": "eq", "data_type": "string",
                              "value": {"string": "%s"}}]}""".formatted(proPlanId)).at("/pagination/total").asLong())
                .isZero();

        // the subscription's first invoice: this month's 10.00 fee in advance
        JsonNode invoices = search("/v1/invoices/search", """
                {"filters": [{"field": "customer_id", "operator": "eq", "data_type": "string",
                              "value": {"string": "%s"}},
                             {"field": "amount_due", "operator": "gt", "data_type": "number",
                              "value": {"number": 9.99}}]}""".formatted(acmeId));
        assertThat(decimals(invoices, "amount_due")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10"));
        assertThat(search("/v1/invoices/search", """
                {"filters": [{"field": "amount_due", "operator": "gt", "data_type": "number",
                              "value": {"number": 10}}]}""").at("/pagination/total").asLong()).isZero();

        // 50 initial credits, then 25: only the first is above 30
        JsonNode transactions = search("/v1/wallets/transactions/search", """
                {"filters": [{"field": "wallet_id", "operator": "eq", "data_type": "string",
                              "value": {"string": "%s"}},
                             {"field": "credit_amount", "operator": "gt", "data_type": "number",
                              "value": {"number": 30}}]}""".formatted(walletId));
        assertThat(decimals(transactions, "credit_amount")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("50"));
        JsonNode sorted = search("/v1/wallets/transactions/search", """
                {"filters": [{"field": "wallet_id", "operator": "eq", "data_type": "string",
                              "value": {"string": "%s"}}],
                 "sort": [{"field": "credit_amount", "direction": "asc"}]}""".formatted(walletId));
        assertThat(decimals(sorted, "credit_amount")).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("25"), new BigDecimal("50"));
    }

    @Test
    void invalidConditionsAreA400NamingEachByItsPosition() {
        Response response = app.post("/v1/customers/search", """
                {"filters": [{"field": "name", "operator": "gt", "data_type": "string", "value": {"string": "a"}},
                             {"field": "name; DROP TABLE customers", "operator": "eq", "data_type": "string",
                              "value": {"string": "x"}},
                             {"field": "name", "operator": "eq", "data_type": "string"},
                             {"field": "created_at", "operator": "before", "data_type": "date",
                              "value": {"date": "yesterday"}},
                             {"operator": "like", "data_type": "string", "value": {"string": "x"}}],
                 "sort": [{"field": "name", "direction": "up"}]}""");
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.body().get("success").asBoolean()).isFalse();
        assertThat(fields(response)).containsExactly("filters[0].operator", "filters[2].value",
                "filters[3].value.date", "filters[4].operator", "filters[4].field", "sort[0].direction");

        // the structure is valid: now the whitelist speaks
        Response unknown = app.post("/v1/invoices/search", """
                {"filters": [{"field": "amount_due", "operator": "gt", "data_type": "number", "value": {"number": 1}},
                             {"field": "password", "operator": "eq", "data_type": "string",
                              "value": {"string": "x"}},
                             {"field": "amount_due", "operator": "eq", "data_type": "string",
                              "value": {"string": "1"}}],
                 "sort": [{"field": "secret", "direction": "asc"}]}""");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("filters[1].field", "filters[2].data_type", "sort[0].field");
        assertThat(unknown.body().at("/error/message").asText()).contains("unknown field password");

        Response missingNumber = app.post("/v1/prices/search", """
                {"filters": [{"field": "amount", "operator": "gt", "data_type": "number",
                              "value": {"string": "5"}}]}""");
        assertThat(missingNumber.status()).isEqualTo(400);
        assertThat(fields(missingNumber)).containsExactly("filters[0].value.number");
    }

    private JsonNode search(String path, String body) {
        Response response = app.post(path, body);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode created(Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.body();
    }

    private static List<String> values(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.get("items").forEach(item -> values.add(item.get(field).asText()));
        return values;
    }

    private static List<BigDecimal> decimals(JsonNode list, String field) {
        List<BigDecimal> values = new ArrayList<>();
        list.get("items").forEach(item -> values.add(new BigDecimal(item.get(field).asText())));
        return values;
    }

    private static List<String> fields(Response response) {
        List<String> fields = new ArrayList<>();
        response.body().get("error").get("details").forEach(d -> fields.add(d.get("field").asText()));
        return fields;
    }
}
