package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.bootstrap.e2e.RunningApplication.Response;
import io.flexprice.bootstrap.e2e.SubscriptionBillingEndToEndIT.MovableClock;
import io.flexprice.ports.in.billing.BillDueSubscriptionsUseCase;
import io.flexprice.ports.in.creditgrant.ApplyDueCreditGrantsUseCase;
import io.flexprice.ports.in.creditgrant.CreditGrantRunSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Credit grants over HTTP, on Postgres, with a clock the test moves and the grant run and billing loop called as the
 * local scheduler calls them: a plan with a 30.00 USD monthly fee in advance and a recurring grant of 100 credits a
 * month expiring at the end of the billing cycle. The subscription's wallet is created by the first application and
 * credited 100 once however often the run runs; in April the March credits expire (CREDIT_EXPIRED), April's 100
 * land, and April's invoice is paid from them.
 */
class CreditGrantsEndToEndIT {

    private static final Instant MARCH_1 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant APRIL_1 = Instant.parse("2026-04-01T00:00:00Z");

    private final MovableClock clock = new MovableClock(MARCH_1.plusSeconds(10));
    private RunningApplication app;
    private String customerId;
    private String planId;

    @BeforeEach
    void start() throws Exception {
        app = RunningApplication.start(Map.of(), clock);
        customerId = assertStatus(app.post("/v1/customers", """
                {"external_id": "grants-e2e", "name": "Acme"}"""), 201).get("id").asText();
        planId = assertStatus(app.post("/v1/plans", """
                {"name": "Pro", "prices": [
                   {"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "30.00", "currency": "usd",
                    "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "invoice_cadence": "ADVANCE",
                    "display_name": "Platform fee"}]}"""), 201).get("id").asText();
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void aMonthlyPlanGrantLandsOncePerPeriodAndLastMonthsCreditsExpire() {
        JsonNode grant = assertStatus(app.post("/v1/creditgrants", """
                {"name": "Monthly credits", "scope": "PLAN", "plan_id": "%s", "credits": "100",
                 "cadence": "RECURRING", "period": "MONTHLY", "period_count": 1,
                 "expiration_type": "BILLING_CYCLE", "priority": 1}""".formatted(planId)), 201);
        String grantId = grant.get("id").asText();
        assertThat(grant.get("credits").asText()).isEqualTo("100");
        assertThat(grant.get("status").asText()).isEqualTo("published");
        JsonNode ofPlan = assertStatus(app.get("/v1/plans/" + planId + "/creditgrants"), 200);
        assertThat(ofPlan.get("items")).hasSize(1);
        assertThat(ofPlan.get("items").get(0).get("id").asText()).isEqualTo(grantId);

        String subscriptionId = assertStatus(app.post("/v1/subscriptions", """
                {"customer_id": "%s", "plan_id": "%s", "currency": "usd", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY", "billing_cycle": "anniversary",
                 "start_date": "2026-03-01T00:00:00Z"}""".formatted(customerId, planId)), 201).get("id").asText();

        // the first application: March [03-01, 04-01), due when the grant took effect (created at 00:00:10)
        JsonNode upcoming = assertStatus(app.get("/v1/subscriptions/" + subscriptionId + "/grants/upcoming"), 200)
                .get("items");
        assertThat(upcoming).hasSize(1);
        assertThat(upcoming.get(0).get("period_start").asText()).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(upcoming.get(0).get("scheduled_for").asText()).isEqualTo("2026-03-01T00:00:10Z");
        assertThat(upcoming.get(0).get("application_reason").asText()).isEqualTo("first_time_recurring_credit_grant");
        assertThat(upcoming.get(0).get("application_status").asText()).isEqualTo("pending");

        assertThat(runGrants().applied()).hasSize(1);
        assertThat(runGrants().total()).as("a second run at the same time adds nothing").isZero();
        JsonNode wallets = assertStatus(app.get("/v1/customers/" + customerId + "/wallets"), 200);
        assertThat(wallets).hasSize(1);
        JsonNode wallet = wallets.get(0);
        String walletId = wallet.get("id").asText();
        assertThat(wallet.get("wallet_type").asText()).isEqualTo("PRE_PAID");
        assertThat(wallet.get("credit_balance").asText()).isEqualTo("100");
        assertThat(ledger(walletId)).containsExactly("credit SUBSCRIPTION_CREDIT_GRANT 100 expiry 2026-04-01");

        JsonNode next = assertStatus(app.get("/v1/subscriptions/" + subscriptionId + "/grants/upcoming"), 200)
                .get("items").get(0);
        assertThat(next.get("period_start").asText()).isEqualTo("2026-04-01T00:00:00Z");
        assertThat(next.get("application_reason").asText()).isEqualTo("recurring_credit_grant");

        // April: the March credits expire at 04-01 (their billing cycle's end), April's 100 land, then the billing
        // loop invoices April's fee in advance, 30.00, paid from the credits at 1 USD each: 100 - 30 = 70 left
        clock.moveTo(APRIL_1.plusSeconds(10));
        assertThat(runGrants().applied()).hasSize(1);
        assertThat(runGrants().total()).isZero();
        app.application().injector().getInstance(BillDueSubscriptionsUseCase.class).billDue(clock.instant(), 10);

        assertThat(ledger(walletId)).containsExactly(
                "credit SUBSCRIPTION_CREDIT_GRANT 100 expiry 2026-04-01",
                "debit CREDIT_EXPIRED 100 expiry null",
                "credit SUBSCRIPTION_CREDIT_GRANT 100 expiry 2026-05-01",
                "debit CREDIT_ADJUSTMENT 30 expiry null");
        assertThat(assertStatus(app.get("/v1/wallets/" + walletId), 200).get("credit_balance").asText())
                .isEqualTo("70");
        JsonNode april = invoices(subscriptionId).stream()
                .filter(i -> i.get("period_start").asText().equals("2026-04-01T00:00:00Z")
                        || i.get("billing_reason").asText().equals("SUBSCRIPTION_CYCLE"))
                .findFirst().orElseThrow();
        assertThat(april.get("total_prepaid_credits_applied").asText()).isEqualTo("30");
        assertThat(april.get("amount_due").asText()).isEqualTo("0");

        JsonNode applied = assertStatus(app.get("/v1/subscriptions/" + subscriptionId + "/grants/applied"), 200)
                .get("items");
        List<String> applications = new ArrayList<>();
        applied.forEach(a -> applications.add(a.get("period_index").asInt() + " " + a.get("application_status")
                .asText() + " " + a.get("credits").asText() + " " + a.get("idempotency_key").asText()));
        assertThat(applications).containsExactly(
                "0 applied 100 credit_grant:" + grantId + ":" + subscriptionId + ":0",
                "1 applied 100 credit_grant:" + grantId + ":" + subscriptionId + ":1");
    }

    @Test
    void fourRunsRacingApplyTheFirstPeriodExactlyOnceIntoOneNewWallet() throws Exception {
        assertStatus(app.post("/v1/creditgrants", """
                {"name": "Monthly credits", "scope": "PLAN", "plan_id": "%s", "credits": "100",
                 "cadence": "RECURRING", "period": "MONTHLY", "expiration_type": "NEVER"}""".formatted(planId)), 201);
        assertStatus(app.post("/v1/subscriptions", """
                {"customer_id": "%s", "plan_id": "%s", "currency": "usd", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY", "start_date": "2026-03-01T00:00:00Z"}""".formatted(customerId, planId)),
                201);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<CreditGrantRunSummary>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(this::runGrants));
            }
            int applied = 0;
            for (Future<CreditGrantRunSummary> run : runs) {
                CreditGrantRunSummary summary = run.get(60, TimeUnit.SECONDS);
                assertThat(summary.failed()).isEmpty();
                applied += summary.applied().size();
            }
            assertThat(applied).as("one run applies it; the others find it applied").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }

        JsonNode wallets = assertStatus(app.get("/v1/customers/" + customerId + "/wallets"), 200);
        assertThat(wallets).as("one wallet created, by the run that applied the grant").hasSize(1);
        assertThat(ledger(wallets.get(0).get("id").asText()))
                .containsExactly("credit SUBSCRIPTION_CREDIT_GRANT 100 expiry null");
    }

    @Test
    void aGrantIsRenamedDeletedAndThenNoLongerApplied() {
        String grantId = assertStatus(app.post("/v1/creditgrants", """
                {"name": "Welcome", "scope": "PLAN", "plan_id": "%s", "credits": "25",
                 "cadence": "ONETIME", "expiration_type": "NEVER"}""".formatted(planId)), 201).get("id").asText();
        JsonNode renamed = assertStatus(app.put("/v1/creditgrants/" + grantId, """
                {"name": "Hello", "metadata": {"campaign": "spring"}}"""), 200);
        assertThat(renamed.get("name").asText()).isEqualTo("Hello");
        assertThat(renamed.at("/metadata/campaign").asText()).isEqualTo("spring");
        assertStatus(app.delete("/v1/creditgrants/" + grantId), 200);
        assertThat(assertStatus(app.get("/v1/creditgrants/" + grantId), 200).get("status").asText())
                .isEqualTo("deleted");
        assertThat(assertStatus(app.get("/v1/plans/" + planId + "/creditgrants"), 200).get("items")).isEmpty();
        assertStatus(app.post("/v1/subscriptions", """
                {"customer_id": "%s", "plan_id": "%s", "currency": "usd", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY", "start_date": "2026-03-01T00:00:00Z"}""".formatted(customerId, planId)),
                201);

        assertThat(runGrants().total()).isZero();
        assertThat(assertStatus(app.get("/v1/customers/" + customerId + "/wallets"), 200)).isEmpty();
        assertThat(app.put("/v1/creditgrants/" + grantId, "{\"name\": \"x\"}").status()).isEqualTo(404);
        assertThat(app.get("/v1/creditgrants/cg_missing").status()).isEqualTo(404);
        assertThat(app.get("/v1/plans/plan_missing/creditgrants").status()).isEqualTo(404);
    }

    @Test
    void anInvalidGrantIsRefusedWithEveryFieldNamed() {
        Response invalid = app.post("/v1/creditgrants", """
                {"name": "", "scope": "PLAN", "credits": "-5", "cadence": "RECURRING",
                 "expiration_type": "DURATION"}""");

        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.raw()).contains("name", "plan_id", "credits", "period", "expiration_duration",
                "expiration_duration_unit");
        Response unknownPlan = app.post("/v1/creditgrants", """
                {"name": "x", "scope": "PLAN", "plan_id": "plan_missing", "credits": "5", "cadence": "ONETIME"}""");
        assertThat(unknownPlan.status()).isEqualTo(404);
    }

    private CreditGrantRunSummary runGrants() {
        return app.application().injector().getInstance(ApplyDueCreditGrantsUseCase.class)
                .applyDue(clock.instant(), 100);
    }

    private List<String> ledger(String walletId) {
        List<String> entries = new ArrayList<>();
        assertStatus(app.get("/v1/wallets/" + walletId + "/transactions?order=asc&limit=100"), 200).get("items")
                .forEach(t -> entries.add(t.get("type").asText() + " " + t.get("transaction_reason").asText() + " "
                        + t.get("credit_amount").asText() + " expiry " + (t.hasNonNull("expiry_date")
                        ? t.get("expiry_date").asText().substring(0, 10) : "null")));
        return entries;
    }

    private List<JsonNode> invoices(String subscriptionId) {
        List<JsonNode> found = new ArrayList<>();
        assertStatus(app.get("/v1/invoices?subscription_id=" + subscriptionId), 200).get("items")
                .forEach(found::add);
        return found;
    }

    private static JsonNode assertStatus(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.body();
    }
}
