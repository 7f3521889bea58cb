package io.flexprice.sdk.subscriptions;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.error;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.errors.ConflictException;
import io.flexprice.sdk.errors.FieldError;
import io.flexprice.sdk.errors.NotFoundException;
import io.flexprice.sdk.errors.ValidationException;
import io.flexprice.sdk.prices.BillingCadence;
import io.flexprice.sdk.prices.BillingModel;
import io.flexprice.sdk.prices.BillingPeriod;
import io.flexprice.sdk.prices.InvoiceCadence;
import io.flexprice.sdk.prices.PriceType;
import io.flexprice.sdk.support.TestClients;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Subscriptions on the wire: lifecycle, pauses, line items, plan changes and usage. */
class SubscriptionsServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String LINE = """
            {"id": "subs_line_1", "subscription_id": "subs_1", "customer_id": "cust_1", "entity_type": "plan",
             "entity_id": "plan_1", "price_id": "price_1", "price_type": "USAGE", "meter_id": "meter_1",
             "display_name": "Units", "quantity": "0", "currency": "usd", "billing_period": "MONTHLY",
             "billing_period_count": 1, "invoice_cadence": "ARREAR", "billing_cadence": "RECURRING",
             "billing_model": "FLAT_FEE", "amount": "0.20", "start_date": "2026-04-01T00:00:00Z",
             "metadata": {}, "status": "published"}""";

    private static final String PAUSE = """
            {"id": "subs_pause_1", "subscription_id": "subs_1", "pause_status": "active", "pause_mode": "immediate",
             "pause_start": "2026-04-11T00:00:00Z", "pause_end": "2026-04-16T00:00:00Z", "reason": "holiday"}""";

    private static final String SUBSCRIPTION = """
            {"id": "subs_1", "customer_id": "cust_1", "plan_id": "plan_1", "subscription_status": "active",
             "currency": "usd", "billing_anchor": "2026-04-01T00:00:00Z", "billing_cadence": "RECURRING",
             "billing_cycle": "anniversary", "billing_period": "MONTHLY", "billing_period_count": 1,
             "customer_timezone": "UTC", "start_date": "2026-04-01T00:00:00Z",
             "current_period_start": "2026-04-01T00:00:00Z", "current_period_end": "2026-05-01T00:00:00Z",
             "cancel_at_period_end": false, "commitment_amount": "100.00", "overage_factor": "1.5",
             "enable_true_up": false, "proration_behavior": "create_prorations", "pause_status": "none",
             "pauses": [%s], "line_items": [%s],
             "scheduled_change": {"target_plan_id": "plan_0", "effective_at": "2026-05-01T00:00:00Z",
                                  "change_type": "downgrade"},
             "metadata": {"team": "a"}, "status": "published"}""".formatted(PAUSE, LINE);

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void aSubscriptionIsCreatedWithOverridesAndLineItemsAndReadBackWithThem() {
        server.stubFor(post("/v1/subscriptions").willReturn(json(201, SUBSCRIPTION)));

        Subscription created = client().subscriptions().create(CreateSubscriptionParams.builder()
                .customerId("cust_1").planId("plan_1").currency("usd").billingCadence(BillingCadence.RECURRING)
                .billingPeriod(BillingPeriod.MONTHLY).billingCycle(BillingCycle.ANNIVERSARY)
                .startDate(Instant.parse("2026-04-01T00:00:00Z")).commitmentAmount("100.00").overageFactor("1.5")
                .addOverrideLineItem(OverrideLineItemParams.builder().priceId("price_1").amount("0.20").build())
                .addLineItem(CreateSubscriptionLineItemParams.builder().priceId("price_seat").quantity("3").build())
                .putMetadata("team", "a").build());

        server.verify(postRequestedFor(urlEqualTo("/v1/subscriptions"))
                .withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("""
                        {"customer_id": "cust_1", "plan_id": "plan_1", "currency": "usd",
                         "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "billing_cycle": "anniversary",
                         "start_date": "2026-04-01T00:00:00Z", "commitment_amount": "100.00",
                         "overage_factor": "1.5", "metadata": {"team": "a"},
                         "override_line_items": [{"price_id": "price_1", "amount": "0.20"}],
                         "line_items": [{"price_id": "price_seat", "quantity": 3}]}""")));
        assertThat(created.subscriptionStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(created.billingCycle()).isEqualTo(BillingCycle.ANNIVERSARY);
        assertThat(created.currentPeriodEnd()).isEqualTo(Instant.parse("2026-05-01T00:00:00Z"));
        assertThat(created.commitmentAmount()).isEqualTo(new BigDecimal("100.00"));
        assertThat(created.prorationBehavior()).isEqualTo(ProrationBehavior.CREATE_PRORATIONS);
        assertThat(created.cancelAtPeriodEnd()).isFalse();
        assertThat(created.scheduledChange().changeType()).isEqualTo(SubscriptionChangeType.DOWNGRADE);
        assertThat(created.pauses()).singleElement().satisfies(p -> assertThat(p.pauseEnd())
                .isEqualTo(Instant.parse("2026-04-16T00:00:00Z")));
        assertThat(created.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.entityType()).isEqualTo(SubscriptionLineItemEntityType.PLAN);
            assertThat(line.priceType()).isEqualTo(PriceType.USAGE);
            assertThat(line.amount()).isEqualTo(new BigDecimal("0.20"));
            assertThat(line.billingModel()).isEqualTo(BillingModel.FLAT_FEE);
            assertThat(line.invoiceCadence()).isEqualTo(InvoiceCadence.ARREAR);
        });
    }

    @Test
    void aSubscriptionIsReadUpdatedAndSearched() {
        server.stubFor(get("/v1/subscriptions/subs_1").willReturn(json(200, SUBSCRIPTION)));
        server.stubFor(put("/v1/subscriptions/subs_1").willReturn(json(200, SUBSCRIPTION)));
        server.stubFor(post("/v1/subscriptions/search").willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 50, "offset": 0, "total": 1}}""".formatted(SUBSCRIPTION))));

        assertThat(client().subscriptions().get("subs_1").planId()).isEqualTo("plan_1");
        client().subscriptions().update("subs_1", UpdateSubscriptionParams.builder().cancelAtPeriodEnd(true)
                .putMetadata("team", "b").build());
        Page<Subscription> page = client().subscriptions().list(SubscriptionListParams.builder()
                .externalCustomerId("acme").addSubscriptionStatus(SubscriptionStatus.ACTIVE)
                .addSubscriptionStatus(SubscriptionStatus.PAUSED).build());

        server.verify(putRequestedFor(urlEqualTo("/v1/subscriptions/subs_1")).withRequestBody(equalToJson("""
                {"cancel_at_period_end": true, "metadata": {"team": "b"}}""")));
        server.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/search")).withoutHeader("Idempotency-Key")
                .withRequestBody(equalToJson("""
                        {"external_customer_id": "acme", "subscription_status": ["active", "paused"]}""")));
        assertThat(page.items()).extracting(Subscription::id).containsExactly("subs_1");
    }

    @Test
    void aCancellationSendsFlexPricesSpellingOfThePolicyAndReadsTheCredits() {
        server.stubFor(post("/v1/subscriptions/subs_1/cancel").willReturn(json(200, """
                {"subscription_id": "subs_1", "status": "cancelled", "cancellation_type": "immediate",
                 "effective_date": "2026-04-11T00:00:00Z", "reason": "too expensive", "total_credit_amount": "20.00",
                 "proration_details": [{"line_item_id": "subs_line_0", "price_id": "price_0",
                                        "credit_amount": "20.00", "charge_amount": "0"}],
                 "charges": [{"line_item_id": "subs_line_0", "price_id": "price_0", "quantity": "1",
                              "amount": "-20", "rounded_amount": "-20.00", "currency": "usd", "kind": "PRORATION",
                              "invoice_cadence": "ADVANCE", "service_period_start": "2026-04-11T00:00:00Z",
                              "service_period_end": "2026-05-01T00:00:00Z"}]}""")));

        CancelSubscriptionResult result = client().subscriptions().cancel("subs_1", CancelSubscriptionParams.builder()
                .cancellationType(CancellationType.IMMEDIATE).reason("too expensive")
                .cancelImmediatelyInvoicePolicy(CancelImmediatelyInvoicePolicy.SKIP).build());

        server.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/subs_1/cancel")).withRequestBody(equalToJson("""
                {"cancellation_type": "immediate", "reason": "too expensive",
                 "cancel_immediately_inovice_policy": "skip"}""")));
        assertThat(result.status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(result.totalCreditAmount()).isEqualTo(new BigDecimal("20.00"));
        assertThat(result.prorationDetails()).singleElement()
                .satisfies(d -> assertThat(d.creditAmount()).isEqualByComparingTo("20"));
        assertThat(result.charges()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ChargeKind.PRORATION);
            assertThat(c.roundedAmount()).isEqualTo(new BigDecimal("-20.00"));
        });
    }

    @Test
    void aDraftIsActivatedFromItsStartDate() {
        server.stubFor(post("/v1/subscriptions/subs_1/activate").willReturn(json(200, SUBSCRIPTION)));

        client().subscriptions().activate("subs_1", ActivateSubscriptionParams.builder()
                .startDate(Instant.parse("2026-04-11T00:00:00Z")).build());

        server.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/subs_1/activate"))
                .withRequestBody(equalToJson("{\"start_date\": \"2026-04-11T00:00:00Z\"}")));
    }

    @Test
    void aPauseAndAResumeAnswerThePauseAndThePausesAreReadFromFlexPricesArray() {
        server.stubFor(post("/v1/subscriptions/subs_1/pause").willReturn(json(200, PAUSE)));
        server.stubFor(post("/v1/subscriptions/subs_1/resume").willReturn(json(200,
                PAUSE.replace("\"active\"", "\"completed\""))));
        server.stubFor(get("/v1/subscriptions/subs_1/pauses").willReturn(json(200, """
                [{"items": [%s], "total": 1}]""".formatted(PAUSE))));

        SubscriptionPause pause = client().subscriptions().pause("subs_1", PauseSubscriptionParams.builder()
                .pauseMode(PauseMode.IMMEDIATE).pauseDays(5).reason("holiday").build());
        SubscriptionPause resumed = client().subscriptions().resume("subs_1", ResumeSubscriptionParams.builder()
                .resumeMode(ResumeMode.IMMEDIATE).build());
        List<SubscriptionPause> pauses = client().subscriptions().pauses("subs_1");

        server.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/subs_1/pause")).withRequestBody(equalToJson("""
                {"pause_mode": "immediate", "pause_days": 5, "reason": "holiday"}""")));
        server.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/subs_1/resume"))
                .withRequestBody(equalToJson("{\"resume_mode\": \"immediate\"}")));
        assertThat(pause.pauseStatus()).isEqualTo(PauseStatus.ACTIVE);
        assertThat(resumed.pauseStatus()).isEqualTo(PauseStatus.COMPLETED);
        assertThat(pauses).extracting(SubscriptionPause::id).containsExactly("subs_pause_1");
    }

    @Test
    void lineItemsAreAddedUpdatedAndEndedWithTheDeleteCarryingItsBody() {
        server.stubFor(post("/v1/subscriptions/subs_1/lineitems").willReturn(json(201, LINE)));
        server.stubFor(put("/v1/subscriptions/lineitems/subs_line_1").willReturn(json(200, LINE)));
        server.stubFor(delete("/v1/subscriptions/lineitems/subs_line_1").willReturn(json(200,
                LINE.replace("\"metadata\"", "\"end_date\": \"2026-04-25T00:00:00Z\", \"metadata\""))));

        client().subscriptions().addLineItem("subs_1", CreateSubscriptionLineItemParams.builder()
                .priceId("price_seat").quantity(new BigDecimal("3")).build());
        client().subscriptions().updateLineItem("subs_line_1", UpdateSubscriptionLineItemParams.builder()
                .quantity("4").amount("4.50").effectiveFrom(Instant.parse("2026-04-21T00:00:00Z")).build());
        SubscriptionLineItem ended = client().subscriptions().deleteLineItem("subs_line_1",
                DeleteSubscriptionLineItemParams.builder().effectiveFrom(Instant.parse("2026-04-25T00:00:00Z"))
                        .build());

        server.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/subs_1/lineitems"))
                .withRequestBody(equalToJson("{\"price_id\": \"price_seat\", \"quantity\": 3}")));
        server.verify(putRequestedFor(urlEqualTo("/v1/subscriptions/lineitems/subs_line_1"))
                .withRequestBody(equalToJson("""
                        {"quantity": 4, "amount": "4.50", "effective_from": "2026-04-21T00:00:00Z"}""")));
        server.verify(deleteRequestedFor(urlEqualTo("/v1/subscriptions/lineitems/subs_line_1"))
                .withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("{\"effective_from\": \"2026-04-25T00:00:00Z\"}")));
        assertThat(ended.endDate()).isEqualTo(Instant.parse("2026-04-25T00:00:00Z"));
    }

    @Test
    void aChangeIsPreviewedAsAReadAndExecutedAsAWrite() {
        server.stubFor(post("/v1/subscriptions/subs_1/change/preview").willReturn(json(200, """
                {"subscription_id": "subs_1", "change_type": "upgrade", "effective_date": "2026-04-11T00:00:00Z",
                 "current_plan": {"id": "plan_1"}, "target_plan": {"id": "plan_2"},
                 "new_billing_cycle": {"billing_anchor": "2026-04-01T00:00:00Z", "billing_cadence": "RECURRING",
                                       "billing_period": "MONTHLY", "billing_period_count": 1},
                 "proration_details": {"credit_amount": "20.00", "charge_amount": "40.00", "net_amount": "20.00",
                                       "currency": "usd", "days_used": 10, "days_remaining": 20},
                 "warnings": []}""")));
        server.stubFor(post("/v1/subscriptions/subs_1/change/execute").willReturn(json(200, """
                {"subscription_id": "subs_1", "change_type": "upgrade", "is_scheduled": false,
                 "old_subscription": {"id": "subs_1", "plan_id": "plan_1", "status": "active"},
                 "new_subscription": {"id": "subs_1", "plan_id": "plan_2", "status": "active"},
                 "proration_applied": {"net_amount": "20.00"}}""")));
        SubscriptionChangeParams change = SubscriptionChangeParams.builder().targetPlanId("plan_2")
                .billingCadence(BillingCadence.RECURRING).billingCycle(BillingCycle.ANNIVERSARY)
                .billingPeriod(BillingPeriod.MONTHLY).prorationBehavior(ProrationBehavior.CREATE_PRORATIONS)
                .changeAt(ScheduleType.IMMEDIATE).build();

        SubscriptionChangePreview preview = client().subscriptions().previewChange("subs_1", change);
        SubscriptionChangeResult executed = client().subscriptions().executeChange("subs_1", change);

        String body = """
                {"target_plan_id": "plan_2", "billing_cadence": "RECURRING", "billing_cycle": "anniversary",
                 "billing_period": "MONTHLY", "proration_behavior": "create_prorations", "change_at": "immediate"}""";
        server.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/subs_1/change/preview"))
                .withoutHeader("Idempotency-Key").withRequestBody(equalToJson(body)));
        server.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/subs_1/change/execute"))
                .withHeader("Idempotency-Key", matching(".+")).withRequestBody(equalToJson(body)));
        assertThat(preview.changeType()).isEqualTo(SubscriptionChangeType.UPGRADE);
        assertThat(preview.targetPlan().id()).isEqualTo("plan_2");
        assertThat(preview.prorationDetails().netAmount()).isEqualTo(new BigDecimal("20.00"));
        assertThat(preview.prorationDetails().daysUsed()).isEqualTo(10);
        assertThat(preview.newBillingCycle().billingPeriod()).isEqualTo(BillingPeriod.MONTHLY);
        assertThat(executed.isScheduled()).isFalse();
        assertThat(executed.newSubscription().planId()).isEqualTo("plan_2");
        assertThat(executed.oldSubscription().status()).isEqualTo(SubscriptionStatus.ACTIVE);
    }

    @Test
    void usageIsAReadWhoseNumbersAreKeptExactly() {
        server.stubFor(post("/v1/subscriptions/usage").willReturn(json(200, """
                {"amount": 16.00, "currency": "usd", "display_amount": "16.00",
                 "start_time": "2026-04-01T00:00:00Z", "end_time": "2026-04-11T00:00:00Z", "has_overage": false,
                 "overage_amount": 0.00,
                 "charges": [{"line_item_id": "subs_line_1", "price_id": "price_1", "meter_id": "meter_1",
                              "quantity": 80, "amount": 16.00, "display_amount": "16.00", "currency": "usd",
                              "is_overage": false}]}""")));

        SubscriptionUsage usage = client().subscriptions().usage(SubscriptionUsageParams.builder()
                .subscriptionId("subs_1").startTime(Instant.parse("2026-04-01T00:00:00Z")).build());

        server.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/usage")).withoutHeader("Idempotency-Key")
                .withRequestBody(equalToJson("""
                        {"subscription_id": "subs_1", "start_time": "2026-04-01T00:00:00Z"}""")));
        assertThat(usage.amount()).isEqualTo(new BigDecimal("16.00"));
        assertThat(usage.hasOverage()).isFalse();
        assertThat(usage.charges()).singleElement().satisfies(c -> {
            assertThat(c.quantity()).isEqualByComparingTo("80");
            assertThat(c.isOverage()).isFalse();
            assertThat(c.displayAmount()).isEqualTo("16.00");
        });
        assertThatThrownBy(() -> client().subscriptions().usage(SubscriptionUsageParams.builder().build()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusalsArriveAsTypedErrorsNamingTheirFields() {
        server.stubFor(post("/v1/subscriptions").willReturn(json(400, """
                {"success": false, "error": {"message": "invalid request", "code": "request.invalid",
                 "details": [{"field": "override_line_items[0].price_id", "message": "is not a price of the plan"}]}}""")));
        server.stubFor(post("/v1/subscriptions/subs_1/cancel").willReturn(error(409, "subscription.invalid_state",
                "already cancelled")));
        server.stubFor(get("/v1/subscriptions/subs_nope").willReturn(error(404, "subscription.not_found", "no")));

        assertThatThrownBy(() -> client().subscriptions().create(CreateSubscriptionParams.builder()
                .addOverrideLineItem(OverrideLineItemParams.builder().priceId("price_elsewhere").build()).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
                        .extracting(FieldError::field).containsExactly("override_line_items[0].price_id"));
        assertThatThrownBy(() -> client().subscriptions().cancel("subs_1", CancelSubscriptionParams.builder()
                .cancellationType(CancellationType.IMMEDIATE).build()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("subscription.invalid_state"));
        assertThatThrownBy(() -> client().subscriptions().get("subs_nope")).isInstanceOf(NotFoundException.class);
    }
}
