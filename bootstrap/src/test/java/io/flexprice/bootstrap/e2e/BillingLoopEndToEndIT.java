package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.bootstrap.billing.BillingLoopScheduler;
import io.flexprice.domain.subscription.BillingCursor;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.billing.BillingCursorRepository;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Local mode runs the billing loop on its schedule: a subscription created over HTTP gets its cursor in Postgres,
 * the loop's thread picks up its ended periods by itself, and stops with the application.
 *
 * <p>Until subscriptions are connected to invoices (the {@code SubscriptionInvoiceDrafts} stand-in answers
 * {@code request.not_implemented}), billing a period fails and the loop records the attempt on the cursor; once they
 * are, the cursor moves on past the invoiced periods. Either outcome shows the loop ran; the test accepts both.
 */
class BillingLoopEndToEndIT {


    @Test
    void theLoopBillsEndedPeriodsOnItsOwnInLocalModeAndStopsWithTheApplication() throws Exception {
        RunningApplication app = RunningApplication.start(Map.of(
                "FLEXPRICE_BILLING_ENABLED", "true",
                "FLEXPRICE_BILLING_INTERVAL", "200ms"), RunningApplication.MICROSECOND_CLOCK);
        try {
            String customerId = created(app.post("/v1/customers", """
                    {"external_id": "loop-e2e-1", "name": "Acme"}""")).get("id").asText();
            String planId = created(app.post("/v1/plans", """
                    {"name": "Loop", "prices": [
                       {"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "30.00", "currency": "usd",
                        "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "invoice_cadence": "ADVANCE",
                        "display_name": "Fee"}]}""")).get("id").asText();
            // monthly since January 2024: dozens of periods have ended
            JsonNode subscription = created(app.post("/v1/subscriptions", """
                    {"customer_id": "%s", "plan_id": "%s", "currency": "usd", "billing_cadence": "RECURRING",
                     "billing_period": "MONTHLY", "billing_cycle": "anniversary",
                     "start_date": "2024-01-01T00:00:00Z"}""".formatted(customerId, planId)));
            Scope scope = Scope.of(subscription.get("tenant_id").asText(), subscription.get("environment_id").asText());
            SubscriptionId id = SubscriptionId.of(subscription.get("id").asText());
            BillingCursorRepository cursors = app.application().injector().getInstance(BillingCursorRepository.class);

            assertThat(threadRunning()).as("the loop's thread runs").isTrue();
            BillingCursor cursor = awaitCaughtUp(cursors, scope, id, Duration.ofSeconds(60));

            // every month from January 2024 to the one before now's has ended: one SUBSCRIPTION_CYCLE invoice each
            // (30.00: the next month's fee in advance), plus the SUBSCRIPTION_CREATE invoice (January in advance)
            YearMonth current = YearMonth.from(cursor.period().start().atZone(ZoneOffset.UTC));
            long endedMonths = ChronoUnit.MONTHS.between(YearMonth.of(2024, 1), current);
            JsonNode invoices = app.get("/v1/invoices?subscription_id=" + id.value() + "&limit=1000").body();
            assertThat(invoices.get("pagination").get("total").asLong()).isEqualTo(endedMonths + 1);
            assertThat(invoices.get("items")).allSatisfy(invoice -> {
                assertThat(invoice.get("invoice_status").asText()).isEqualTo("FINALIZED");
                assertThat(new BigDecimal(invoice.get("total").asText())).isEqualByComparingTo("30.00");
            });
            assertThat(cursor.attempts()).isZero();
        } finally {
            app.close();
        }
        assertThat(threadRunning()).as("the loop's thread ends with the application").isFalse();
    }

    /** The cursor once the loop has billed every ended period: its period is the one now falls in. */
    private static BillingCursor awaitCaughtUp(BillingCursorRepository cursors, Scope scope, SubscriptionId id,
                                               Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<BillingCursor> cursor = cursors.findBySubscription(scope, id);
        assertThat(cursor).as("the subscription's cursor was created with it").isPresent();
        while (System.nanoTime() < deadline) {
            cursor = cursors.findBySubscription(scope, id);
            if (cursor.get().period().end().isAfter(Instant.now())) {
                return cursor.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the billing loop did not catch up within " + timeout + ": " + cursor);
    }

    private static boolean threadRunning() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.isAlive() && thread.getName().equals(BillingLoopScheduler.THREAD_NAME));
    }

    private static JsonNode created(RunningApplication.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.body();
    }
}
