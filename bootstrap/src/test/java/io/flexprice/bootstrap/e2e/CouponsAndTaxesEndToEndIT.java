package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.bootstrap.e2e.RunningApplication.Response;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.coupon.CouponAssociation;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tax.ApplicableTax;
import io.flexprice.domain.tax.TaxTarget;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.coupon.AttachCouponCommand;
import io.flexprice.ports.in.coupon.AttachCouponUseCase;
import io.flexprice.ports.in.tax.FindApplicableTaxesQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Drives coupons, tax rates and tax associations over HTTP as a FlexPrice client would, on the Postgres the
 * application runs, and calls the in-process queries the billing code will call: a coupon redeemed up to its
 * maximum, and the taxes of a subscription resolved across the tenant, customer and subscription levels.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouponsAndTaxesEndToEndIT {

    private static final Currency INR = Currency.getInstance("INR");

    private RunningApplication app;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start();
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    @Test
    void aCouponIsServedRedeemedUpToItsMaximumAndDeleted() {
        JsonNode created = assertStatus(app.post("/v1/coupons", """
                {"name": "Launch", "type": "fixed", "amount_off": "10.00", "currency": "usd",
                 "cadence": "repeated", "duration_in_periods": 3, "max_redemptions": 1,
                 "redeem_after": "2020-01-01T00:00:00Z", "redeem_before": "2999-01-01T00:00:00Z",
                 "rules": {"plans": ["pro"], "min_seats": 5}, "metadata": {"campaign": "launch"}}"""), 201);
        String couponId = created.get("id").asText();
        assertThat(couponId).startsWith("coupon_");
        assertThat(created.get("amount_off").asText()).isEqualTo("10.00");
        assertThat(created.get("currency").asText()).isEqualTo("usd");
        assertThat(created.get("type").asText()).isEqualTo("fixed");
        assertThat(created.get("cadence").asText()).isEqualTo("repeated");
        assertThat(created.get("duration_in_periods").asInt()).isEqualTo(3);
        assertThat(created.get("total_redemptions").asInt()).isZero();
        assertThat(created.get("redeem_before").asText()).isEqualTo("2999-01-01T00:00:00Z");
        assertThat(created.get("rules").get("min_seats").decimalValue()).isEqualByComparingTo("5");
        assertThat(created.get("status").asText()).isEqualTo("published");

        JsonNode renamed = assertStatus(app.put("/v1/coupons/" + couponId, """
                {"name": "Launch 2024"}"""), 200);
        assertThat(renamed.get("name").asText()).isEqualTo("Launch 2024");
        assertThat(renamed.get("metadata").get("campaign").asText()).isEqualTo("launch");

        // the subscription code attaches coupons in process: the first redemption counts, the second is refused
        Caller caller = callerOf(created);
        AttachCouponUseCase attach = app.application().injector().getInstance(AttachCouponUseCase.class);
        Instant start = RunningApplication.MICROSECOND_CLOCK.instant();
        CouponAssociation attached = attach.attach(caller, new AttachCouponCommand(CouponId.of(couponId), "sub_e2e_1",
                null, Currency.getInstance("USD"), start, null, null));
        assertThatThrownBy(() -> attach.attach(caller, new AttachCouponCommand(CouponId.of(couponId), "sub_e2e_2",
                null, Currency.getInstance("USD"), start, null, null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.COUPON_REDEMPTION_LIMIT_REACHED));
        assertThat(app.application().injector().getInstance(CouponAssociationRepository.class)
                .findLiveBySubscription(caller.scope(), "sub_e2e_1")).containsExactly(attached);
        assertThat(assertStatus(app.get("/v1/coupons/" + couponId), 200).get("total_redemptions").asInt())
                .isEqualTo(1);

        JsonNode found = assertStatus(app.post("/v1/coupons/search", """
                {"coupon_ids": ["%s"]}""".formatted(couponId)), 200);
        assertThat(found.get("items")).hasSize(1);
        assertThat(found.get("pagination").get("total").asLong()).isEqualTo(1);
        assertThat(assertStatus(app.get("/v1/coupons?coupon_ids=" + couponId), 200).get("items")).hasSize(1);

        assertThat(assertStatus(app.delete("/v1/coupons/" + couponId), 200).get("message").asText())
                .isEqualTo("coupon deleted successfully");
        assertThat(app.get("/v1/coupons/" + couponId).status()).isEqualTo(404);
        assertThat(app.get("/v1/coupons/" + couponId).body().get("error").get("code").asText())
                .isEqualTo("coupon.not_found");
    }

    @Test
    void anInvalidCouponIsRefusedNamingEveryInvalidFieldAndNothingIsStored() {
        Response unreadable = app.post("/v1/coupons", """
                {"name": "Bad", "type": "half", "cadence": "weekly", "amount_off": "ten",
                 "redeem_after": "tomorrow"}""");
        assertThat(unreadable.status()).as(unreadable.toString()).isEqualTo(400);
        assertThat(fields(unreadable)).containsExactly("type", "cadence", "amount_off", "redeem_after");

        Response invalid = app.post("/v1/coupons", """
                {"name": " ", "type": "percentage", "percentage_off": "150", "cadence": "repeated",
                 "max_redemptions": 0}""");
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(fields(invalid)).containsExactly("name", "percentage_off", "duration_in_periods",
                "max_redemptions");
        assertThat(assertStatus(app.post("/v1/coupons/search", "{\"limit\": 1000}"), 200).get("items")
                .findValuesAsText("name")).doesNotContain("Bad", " ");
    }

    @Test
    void taxesResolveFromTheMostSpecificLevelAndRatesInUseCannotBeDeleted() {
        JsonNode customer = assertStatus(app.post("/v1/customers", """
                {"external_id": "tax-e2e-acme", "name": "Acme"}"""), 201);
        String customerId = customer.get("id").asText();
        String planId = assertStatus(app.post("/v1/plans", """
                {"name": "Tax e2e", "prices": [
                   {"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "1000.00", "currency": "inr",
                    "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "invoice_cadence": "ADVANCE"}]}"""),
                201).get("id").asText();
        String subscriptionId = assertStatus(app.post("/v1/subscriptions", """
                {"customer_id": "%s", "plan_id": "%s", "currency": "inr", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY"}""".formatted(customerId, planId)), 201).get("id").asText();
        JsonNode igst = assertStatus(app.post("/v1/taxes/rates", """
                {"name": "IGST", "code": "E2E_IGST", "tax_rate_type": "percentage", "percentage_value": "18"}"""),
                201);
        assertThat(igst.get("tax_rate_status").asText()).isEqualTo("ACTIVE");
        assertThat(igst.get("scope").asText()).isEqualTo("INTERNAL");
        assertThat(igst.get("percentage_value").asText()).isEqualTo("18");
        assertStatus(app.post("/v1/taxes/rates", """
                {"name": "CGST", "code": "E2E_CGST", "tax_rate_type": "percentage", "percentage_value": "9.00"}"""),
                201);
        assertStatus(app.post("/v1/taxes/rates", """
                {"name": "SGST", "code": "E2E_SGST", "tax_rate_type": "percentage", "percentage_value": "9.00"}"""),
                201);
        Response taken = app.post("/v1/taxes/rates", """
                {"name": "IGST again", "code": "E2E_IGST", "tax_rate_type": "percentage", "percentage_value": "1"}""");
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.body().get("error").get("code").asText()).isEqualTo("tax_rate.code_taken");

        JsonNode tenantLevel = assertStatus(app.post("/v1/taxes/associations", """
                {"tax_rate_code": "E2E_IGST", "entity_type": "tenant", "auto_apply": true}"""), 200);
        assertThat(tenantLevel.get("entity_id").asText()).isEqualTo(customer.get("tenant_id").asText());
        assertStatus(app.post("/v1/taxes/associations", """
                {"tax_rate_code": "E2E_SGST", "external_customer_id": "tax-e2e-acme", "priority": 1,
                 "auto_apply": true, "currency": "inr"}"""), 200);
        JsonNode cgst = assertStatus(app.post("/v1/taxes/associations", """
                {"tax_rate_code": "E2E_CGST", "entity_type": "customer", "entity_id": "%s", "priority": 0,
                 "auto_apply": true, "currency": "inr"}""".formatted(customerId)), 200);
        assertThat(cgst.get("currency").asText()).isEqualTo("inr");

        JsonNode read = assertStatus(app.get("/v1/taxes/associations/" + cgst.get("id").asText()), 200);
        assertThat(read.get("tax_rate").get("code").asText()).isEqualTo("E2E_CGST");
        JsonNode listed = assertStatus(app.get(
                "/v1/taxes/associations?external_customer_id=tax-e2e-acme&expand=tax_rate"), 200);
        assertThat(listed.get("pagination").get("total").asLong()).isEqualTo(2);
        assertThat(listed.get("items").findValuesAsText("code")).containsExactlyInAnyOrder("E2E_CGST", "E2E_SGST");
        JsonNode rates = assertStatus(app.get("/v1/taxes/rates?taxrate_codes=E2E_CGST,E2E_SGST&order=asc"), 200);
        assertThat(rates.isArray()).isTrue();
        assertThat(rates.findValuesAsText("code")).containsExactly("E2E_CGST", "E2E_SGST");

        // what the billing code asks: the customer's two taxes replace the tenant's IGST, CGST first (priority 0)
        Scope scope = callerOf(customer).scope();
        FindApplicableTaxesQuery taxes = app.application().injector().getInstance(FindApplicableTaxesQuery.class);
        Instant now = RunningApplication.MICROSECOND_CLOCK.instant();
        List<ApplicableTax> applicable = taxes.applicableTaxes(new TaxTarget(scope, customerId, subscriptionId), INR,
                now);
        assertThat(applicable).extracting(t -> t.rate().code()).containsExactly("E2E_CGST", "E2E_SGST");
        // 1000.00 INR × 9 % twice: 90.00 + 90.00 = 180.00
        Money taxable = new Money(new BigDecimal("1000.00"), INR);
        assertThat(applicable.stream().map(t -> t.taxOn(taxable)).reduce(Money.zero(INR), Money::plus))
                .isEqualTo(new Money(new BigDecimal("180.00"), INR));
        assertThat(taxes.applicableTaxes(new TaxTarget(scope, customerId, subscriptionId),
                Currency.getInstance("USD"), now)).extracting(t -> t.rate().code()).containsExactly("E2E_IGST");
        Response unknown = app.post("/v1/taxes/associations", """
                {"tax_rate_code": "E2E_IGST", "entity_type": "subscription", "entity_id": "subs_nope",
                 "auto_apply": true}""");
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(unknown.body().get("error").get("code").asText()).isEqualTo("subscription.not_found");
        assertStatus(app.post("/v1/taxes/associations", """
                {"tax_rate_code": "E2E_IGST", "entity_type": "subscription", "entity_id": "%s",
                 "auto_apply": true}""".formatted(subscriptionId)), 200);
        assertThat(taxes.applicableTaxes(new TaxTarget(scope, customerId, subscriptionId), INR, now))
                .extracting(t -> t.rate().code()).containsExactly("E2E_IGST");

        Response inUse = app.delete("/v1/taxes/rates/" + igst.get("id").asText());
        assertThat(inUse.status()).as(inUse.toString()).isEqualTo(409);
        assertThat(inUse.body().get("error").get("code").asText()).isEqualTo("tax_rate.in_use");
        JsonNode deleted = assertStatus(app.delete("/v1/taxes/associations/" + tenantLevel.get("id").asText()), 200);
        assertThat(deleted.get("status").asText()).isEqualTo("deleted");
        assertThat(app.get("/v1/taxes/associations/" + tenantLevel.get("id").asText()).status()).isEqualTo(404);
    }

    @Test
    void anInactiveRateCannotBeAttachedAndAnUnusedRateIsDeletedWith204() {
        String rateId = assertStatus(app.post("/v1/taxes/rates", """
                {"name": "Stamp", "code": "E2E_STAMP", "tax_rate_type": "fixed", "fixed_value": "1.50",
                 "scope": "ONETIME"}"""), 201).get("id").asText();
        Response withoutCurrency = app.post("/v1/taxes/associations", """
                {"tax_rate_code": "E2E_STAMP", "entity_type": "tenant", "auto_apply": true}""");
        assertThat(withoutCurrency.status()).as(withoutCurrency.toString()).isEqualTo(400);
        assertThat(fields(withoutCurrency)).containsExactly("currency");

        JsonNode inactive = assertStatus(app.put("/v1/taxes/rates/" + rateId, """
                {"tax_rate_status": "INACTIVE", "description": "retired"}"""), 200);
        assertThat(inactive.get("tax_rate_status").asText()).isEqualTo("INACTIVE");
        assertThat(inactive.get("fixed_value").asText()).isEqualTo("1.50");
        Response refused = app.post("/v1/taxes/associations", """
                {"tax_rate_code": "E2E_STAMP", "entity_type": "tenant", "currency": "usd"}""");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body().get("error").get("code").asText()).isEqualTo("tax_rate.inactive");
        Response unknownCustomer = app.post("/v1/taxes/associations", """
                {"tax_rate_code": "E2E_STAMP", "external_customer_id": "nobody", "currency": "usd"}""");
        assertThat(unknownCustomer.status()).as(unknownCustomer.toString()).isEqualTo(404);

        assertThat(app.delete("/v1/taxes/rates/" + rateId).status()).isEqualTo(204);
        assertThat(app.get("/v1/taxes/rates/" + rateId).status()).isEqualTo(404);
        assertThat(app.get("/v1/taxes/rates?scope=global").status()).isEqualTo(400);
    }

    private static Caller callerOf(JsonNode created) {
        return new Caller(Scope.of(created.get("tenant_id").asText(), created.get("environment_id").asText()),
                "e2e");
    }

    private static List<String> fields(Response response) {
        List<String> fields = new ArrayList<>();
        response.body().get("error").get("details").forEach(d -> fields.add(d.get("field").asText()));
        return fields;
    }

    private static JsonNode assertStatus(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.body();
    }
}
